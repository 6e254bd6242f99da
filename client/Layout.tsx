import { useEffect, useMemo, type ReactNode } from 'react';
import {
  ListItemIcon,
  ListItemText,
  MenuItem,
  ThemeProvider,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import LockResetIcon from '@mui/icons-material/LockReset';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import { Navigate, useLocation, Link } from 'react-router-dom';
import {
  AppBar,
  Layout as RaLayout,
  Logout,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useSidebarState,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { currentUser } from './providers/authProvider';
import { Menu } from './Menu';
import { takeHeadingFocusRequest } from './common/focus';

function ChangePasswordItem() {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/change-password" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.password.title')}</ListItemText>
    </MenuItem>
  );
}

/** The OpenAPI document's page (/api/docs, served by the API for signed-in staff), for whoever connects the hall. */
function ApiDocsItem() {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component="a" href="/api/docs" target="_blank" rel="noopener" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <MenuBookIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.api_docs')}</ListItemText>
    </MenuItem>
  );
}

/** The app bar carries the system's name; the page's own title is the h1 at the top of main. */
function MyAppBar() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // The button shows the person's name, so its accessible name starts with it (WCAG 2.5.3).
  const menuLabel = identity?.fullName ? `${identity.fullName} ${translate('ra.auth.user_menu')}` : 'ra.auth.user_menu';
  return (
    <AppBar
      userMenu={
        <UserMenu label={menuLabel}>
          <ChangePasswordItem />
          <ApiDocsItem />
          <Logout />
        </UserMenu>
      }
    >
      <Typography
        component="span"
        variant="subtitle1"
        color="inherit"
        sx={{ flex: 1, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
      >
        {translate('app.title')}
      </Typography>
    </AppBar>
  );
}

/** Every spinner (role=progressbar) is named in the console's language, wherever it is drawn. */
const spinnersNamed = (label: string) => (outer: Theme) => ({
  ...outer,
  components: {
    ...outer.components,
    MuiCircularProgress: {
      ...outer.components?.MuiCircularProgress,
      defaultProps: { ...outer.components?.MuiCircularProgress?.defaultProps, 'aria-label': label },
    },
  },
});

/** The menu is open from 1,280 px and folds to its icons below, so 1,024 px screens keep room for the lists. */
function SidebarByWidth() {
  const wide = useMediaQuery('(min-width:1280px)', { noSsr: true });
  const [, setOpen] = useSidebarState();
  useEffect(() => setOpen(wide), [wide, setOpen]);
  return null;
}

/** react-admin's layout, plus: a temporary password sends the clerk to the change-password page first. */
export function Layout({ children }: { children: ReactNode }) {
  const location = useLocation();
  const translate = useTranslate();
  const loading = translate('ra.page.loading');
  const theme = useMemo(() => spinnersNamed(loading), [loading]);
  // After signing in, focus starts on the first page's heading rather than on <body>.
  useEffect(() => takeHeadingFocusRequest(), []);
  if (currentUser()?.mustChangePassword && location.pathname !== '/change-password')
    return <Navigate to="/change-password" replace />;
  return (
    <ThemeProvider theme={theme}>
      <RaLayout appBar={MyAppBar} menu={Menu}>
        {/* Every page's <Title> lands here: the one h1, first in main (the skip link and sign-in focus it). */}
        <TitlePortal
          component="h1"
          variant="h5"
          sx={{
            flex: 'none',
            whiteSpace: 'normal',
            overflow: 'visible',
            mt: 1.5,
            mb: 0.5,
            '@media print': { display: 'none' },
          }}
        />
        <SidebarByWidth />
        {children}
      </RaLayout>
    </ThemeProvider>
  );
}
