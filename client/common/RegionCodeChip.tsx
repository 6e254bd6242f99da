import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Shown when the record's ID number or USCC carries a county code the current GB/T 2260 list lacks (the server's `regionCodeUnknown`). */
export function RegionCodeChip({ record: given }: { record?: { regionCodeUnknown?: boolean } }) {
  const translate = useTranslate();
  const context = useRecordContext<{ regionCodeUnknown?: boolean }>();
  const record = given ?? context;
  if (!record?.regionCodeUnknown) return null;
  return (
    <Tooltip title={translate('regions.unknown_hint')}>
      <Chip size="small" color="warning" variant="outlined" label={translate('regions.unknown_chip')} tabIndex={0} aria-description={translate('regions.unknown_hint')} />
    </Tooltip>
  );
}
