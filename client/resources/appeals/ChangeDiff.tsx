import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

interface DiffRow {
  field: string;
  label: string;
  current: string | null;
  requested: string | null;
  same: boolean;
}

/** Info change: what the unit asks for beside what its record says now (ID numbers and phones masked). */
export function ChangeDiff() {
  const record = useRecordContext();
  const translate = useTranslate();
  const rows = (record?.diff as DiffRow[] | null) ?? null;
  if (!rows) return null;
  const show = (field: string, v: string | null) =>
    v === null
      ? field === 'idValidTo'
        ? translate('app.long_term')
        : '—'
      : field === 'legalPersonType'
        ? translate(`units.legal_person_type.${v}`, { _: v })
        : field === 'idType'
          ? translate(`units.id_type.${v}`, { _: v })
          : v;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('appeals.review.diff')}
      </Typography>
      {/* The table scrolls sideways in its own container on a narrow window (WCAG 1.4.10's exception). */}
      <TableContainer>
        <Table size="small" aria-label={translate('appeals.review.diff')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('appeals.review.diff_field')}</TableCell>
              <TableCell>{translate('appeals.review.diff_current')}</TableCell>
              <TableCell>{translate('appeals.review.diff_requested')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.field}>
                <TableCell>{r.label}</TableCell>
                <TableCell
                  sx={{
                    color: r.same ? undefined : 'text.secondary',
                    textDecoration: r.same ? undefined : 'line-through',
                  }}
                >
                  {show(r.field, r.current)}
                </TableCell>
                <TableCell
                  sx={{ fontWeight: r.same ? undefined : 600, color: r.same ? 'text.secondary' : 'success.dark' }}
                >
                  {show(r.field, r.requested)}
                  {r.same ? `（${translate('appeals.review.diff_same')}）` : ''}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
