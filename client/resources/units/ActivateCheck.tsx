import { DialogContentText, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';

/** The identity fields of the units about to be activated, side by side, for the clerk to check first. */
export function ActivateCheck({ units }: { units: RaRecord[] }) {
  const translate = useTranslate();
  const f = (k: string) => translate(`resources.units.fields.${k}`);
  return (
    <>
      <DialogContentText sx={{ mb: 2 }}>{translate('units.confirm.activate')}</DialogContentText>
      <Table size="small">
        <TableHead>
          <TableRow>
            {[
              'name',
              'uscc',
              'legalPersonType',
              'legalRepName',
              'idType',
              'idNumber',
              'idValidity',
              'phone',
              'channel',
            ].map((k) => (
              <TableCell key={k}>{f(k)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {units.map((u) => (
            <TableRow key={u.id}>
              <TableCell>{u.name}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{u.uscc}</TableCell>
              <TableCell>{translate(`units.legal_person_type.${u.legalPersonType}`)}</TableCell>
              <TableCell>{u.legalRepName}</TableCell>
              <TableCell>{translate(`units.id_type.${u.idType}`)}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{u.idNumber}</TableCell>
              <TableCell>
                {u.idValidFrom} ~ {u.idValidTo ?? translate('app.long_term')}
              </TableCell>
              <TableCell>{u.phone}</TableCell>
              <TableCell>{translate(`units.channel.${u.channel}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
