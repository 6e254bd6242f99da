import { Link as MuiLink, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { formatTime } from '../../common/format';

/** Other appeals with the same USCC: possible duplicates, or the history of this unit's trouble. */
export function Duplicates() {
  const record = useRecordContext<{ id: number; uscc: string }>();
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<{ id: number; type: string; status: string; submittedAt: string }>(
    'appeals',
    {
      filter: { uscc: record?.uscc, id_ne: record?.id },
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
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
