import { Button, Card, CardContent, CardHeader, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';

/** One count from a list total (capped like every list), linking to that filtered list. */
function Count({ resource, filter, label }: { resource: string; filter: Record<string, unknown>; label: string }) {
  const { total } = useGetList(resource, { filter, pagination: { page: 1, perPage: 1 } });
  return (
    <Button
      component={Link}
      to={`/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`}
      sx={{ flexDirection: 'column' }}
    >
      <Typography variant="h5">{total ?? '…'}</Typography>
      <Typography variant="caption">{label}</Typography>
    </Button>
  );
}

/** What waits for the institution-management administrator today. */
export function InstitutionAdminWidget() {
  const translate = useTranslate();
  return (
    <Card>
      <CardHeader title={translate('app.dashboard.todo')} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent>
        <Stack direction="row" spacing={3} flexWrap="wrap">
          <Count
            resource="units"
            filter={{ status: 'pending_activation' }}
            label={translate('units.status.pending_activation')}
          />
          <Count
            resource="units"
            filter={{ atQuota: true, status: 'active' }}
            label={translate('resources.units.fields.atQuota')}
          />
          <Count
            resource="institutions"
            filter={{ status: 'registered' }}
            label={`${translate('resources.institutions.name')} · ${translate('institutions.status.registered')}`}
          />
        </Stack>
      </CardContent>
    </Card>
  );
}
