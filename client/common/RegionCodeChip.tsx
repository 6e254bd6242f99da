import { Chip, Tooltip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useRecordContext, useTranslate } from 'react-admin';

/** Shown when the record's ID number or USCC carries a county code the current GB/T 2260 list lacks (the server's `regionCodeUnknown`). */
/** `compact`: an icon with the same name and hint, for list cells where a chip would widen the table. */
export function RegionCodeChip({
  record: given,
  compact = false,
}: {
  record?: { regionCodeUnknown?: boolean };
  compact?: boolean;
}) {
  const translate = useTranslate();
  const context = useRecordContext<{ regionCodeUnknown?: boolean }>();
  const record = given ?? context;
  if (!record?.regionCodeUnknown) return null;
  if (compact)
    return (
      <Tooltip title={`${translate('regions.unknown_chip')}：${translate('regions.unknown_hint')}`}>
        <WarningAmberIcon
          titleAccess={translate('regions.unknown_chip')}
          tabIndex={0}
          color="warning"
          fontSize="small"
          sx={{ verticalAlign: 'middle' }}
        />
      </Tooltip>
    );
  return (
    <Tooltip title={translate('regions.unknown_hint')}>
      <Chip
        size="small"
        color="warning"
        variant="outlined"
        label={translate('regions.unknown_chip')}
        tabIndex={0}
        aria-description={translate('regions.unknown_hint')}
      />
    </Tooltip>
  );
}
