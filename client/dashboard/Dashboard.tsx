import { Card, CardContent, Grid, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Permission } from '../providers/access';
import { dashboardWidgets } from './widgets';

/** Greeting plus the widgets the caller's permissions allow (each widget is fed by its own server endpoint). */
export function Dashboard() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const roles = (identity?.roles as string[] | undefined) ?? [];
  const { permissions = [] } = usePermissions<Permission[]>();
  const widgets = dashboardWidgets.filter((w) => permissions.includes(w.permission));
  return (
    <>
      <Title title={translate('app.title')} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="h6">{translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}</Typography>
          <Typography color="text.secondary">
            {translate('app.dashboard.roles', { roles: roles.map((r) => translate(`app.roles.${r}`)).join('、') })}
          </Typography>
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {translate('app.dashboard.hint')}
          </Typography>
        </CardContent>
      </Card>
      <Grid container spacing={2} sx={{ mt: 0 }}>
        {widgets.map(({ key, Widget }) => (
          <Grid key={key} size={{ xs: 12, md: 6 }}>
            <Widget />
          </Grid>
        ))}
      </Grid>
    </>
  );
}
