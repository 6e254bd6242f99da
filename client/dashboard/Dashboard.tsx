import { Card, CardContent, Grid, Typography } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { dashboardWidgets } from './widgets';

/** Greeting plus the widgets of the caller's roles (each widget is fed by its own server endpoint). */
export function Dashboard() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const roles = (identity?.roles as string[] | undefined) ?? [];
  const widgets = dashboardWidgets.filter((w) => w.roles.some((r) => roles.includes(r)));
  return (
    <>
      <Title title={translate('app.title')} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="h6">{translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}</Typography>
          <Typography color="text.secondary">{translate('app.dashboard.roles', { roles: roles.map((r) => translate(`app.roles.${r}`)).join('、') })}</Typography>
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
