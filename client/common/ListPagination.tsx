import type { LabelDisplayedRowsArgs } from '@mui/material';
import { Pagination, useTranslate } from 'react-admin';

/** Mirrors server/http/listQuery.ts COUNT_CAP: the server stops counting there. */
export const COUNT_CAP = 10_000;

/**
 * react-admin's pagination, except that a capped total reads "共 10000+ 条" rather than pretending
 * to be exact (the server never scans a large table just to count it).
 */
export function ListPagination() {
  const translate = useTranslate();
  const label = ({ from, to, count }: LabelDisplayedRowsArgs) =>
    count >= COUNT_CAP
      ? translate('app.list.range_capped', { offsetBegin: from, offsetEnd: to, total: COUNT_CAP })
      : translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count });
  // react-admin passes extra props on to MUI's TablePagination, but its types do not list this one.
  const muiProps = { labelDisplayedRows: label } as object;
  return <Pagination rowsPerPageOptions={[10, 25, 50, 100]} {...muiProps} />;
}
