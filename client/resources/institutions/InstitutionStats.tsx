import { useQuery } from '@tanstack/react-query';
import { Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import { useDataProvider, useListContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';

export type Stats = Record<'byType' | 'byLevel' | 'byStatus', Record<string, number>>;

/** Counts per type, level and status (GET /api/institutions/stats); a click filters the list. */
export function InstitutionStats() {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const list = useListContext();
  const filterValues = list.filterValues as Record<string, unknown>;
  const { setFilters } = list;
  const { data } = useQuery({ queryKey: ['institutions', 'stats'], queryFn: () => dataProvider.getInstitutionStats() });
  const group = (title: string, field: 'type' | 'level' | 'status', counts: Record<string, number> = {}) => (
    <>
      <Typography variant="caption" color="text.secondary">
        {title}
      </Typography>
      <Stack direction="row" flexWrap="wrap" gap={0.5} sx={{ mb: 1.5 }}>
        {Object.entries(counts)
          .sort((a, b) => b[1] - a[1])
          .map(([key, n]) => (
            <Chip
              key={key}
              size="small"
              color={filterValues[field] === key ? 'primary' : 'default'}
              label={`${translate(`institutions.${field}.${key}`)} ${n}`}
              // Long type names (外商独资经营性职业培训机构) wrap instead of hiding the count behind an ellipsis.
              sx={{ height: 'auto', py: 0.25, '& .MuiChip-label': { whiteSpace: 'normal' } }}
              onClick={() =>
                setFilters({ ...filterValues, [field]: filterValues[field] === key ? undefined : key }, {})
              }
            />
          ))}
      </Stack>
    </>
  );
  return (
    // Beside the list from 1,280 px only: below that the list needs the room (the counts stay one filter away).
    <Card
      variant="outlined"
      sx={{ ml: 2, width: 240, alignSelf: 'flex-start', '@media (max-width: 1279.95px)': { display: 'none' } }}
    >
      <CardHeader title={translate('institutions.stats.title')} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent sx={{ pt: 0 }}>
        {group(translate('institutions.stats.by_status'), 'status', data?.byStatus)}
        {group(translate('institutions.stats.by_level'), 'level', data?.byLevel)}
        {group(translate('institutions.stats.by_type'), 'type', data?.byType)}
      </CardContent>
    </Card>
  );
}
