import { Box, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

/** react-admin's login card with the system's name as the page's one h1, inside its main landmark; errors come from the server's message. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Box component="main">
        <Box sx={{ px: 2, pt: 1, textAlign: 'center' }}>
          <Typography component="h1" variant="h6">
            {translate('app.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('app.login_hint')}
          </Typography>
        </Box>
        <LoginForm />
      </Box>
    </Login>
  );
}
