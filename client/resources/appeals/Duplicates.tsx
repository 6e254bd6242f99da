import { Link as MuiLink, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { ActionButton } from '../../common/ActionButton';
import { formatTime } from '../../common/format';

interface Other {
  id: number;
  type: string;
  status: string;
  uscc: string;
  submittedAt: string;
}
const UNDECIDED = ['submitted', 'processing', 'supplement_requested'];

/**
 * Other appeals of the same unit (same USCC, or same phone and unit name): possible duplicates, or the
 * history of this unit's trouble. On an appeal marked as a possible duplicate, each undecided one offers
 * 并入此申诉; across different USCCs the dialog asks why.
 */
export function Duplicates() {
  const record = useRecordContext<{ id: number; uscc: string; phone: string }>();
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<Other>(
    'appeals',
    {
      filter: { duplicatesOf: record?.id },
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'submittedAt', order: 'DESC' },
    },
    { enabled: !!record },
  );
  if (!record) return null;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('appeals.review.duplicates')}
      </Typography>
      {!isPending && data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('appeals.review.duplicates_none')}
        </Typography>
      ) : (
        <Table size="small">
          <TableBody>
            {data.map((a) => (
              <TableRow key={a.id}>
                <TableCell>
                  <MuiLink component={Link} to={`/appeals/${a.id}/show`}>
                    #{a.id}
                  </MuiLink>
                </TableCell>
                <TableCell>{translate(`appeals.type.${a.type}`)}</TableCell>
                <TableCell>{translate(`appeals.status.${a.status}`)}</TableCell>
                <TableCell>{formatTime(a.submittedAt)}</TableCell>
                <TableCell>
                  {UNDECIDED.includes(a.status) && (
                    <ActionButton
                      resource="appeals"
                      action="merge"
                      label={`${translate('appeals.merge.into')} #${a.id}`}
                      confirm={translate('appeals.merge.hint', { id: record.id, intoId: a.id, phone: record.phone })}
                      reason={a.uscc === record.uscc ? 'optional' : true}
                      reasonLabel={
                        a.uscc === record.uscc
                          ? translate('appeals.merge.reason')
                          : translate('appeals.merge.reason_hint')
                      }
                      extraData={() => ({ intoId: a.id })}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
