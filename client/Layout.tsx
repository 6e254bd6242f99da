import type { ReactNode } from 'react';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import LockResetIcon from '@mui/icons-material/LockReset';
import { Navigate, useLocation, Link } from 'react-router-dom';
import { AppBar, Layout as RaLayout, Logout, UserMenu, useTranslate, useUserMenu } from 'react-admin';
import { currentUser } from './providers/authProvider';
import { Menu } from './Menu';

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

const MyAppBar = () => (
  <AppBar
    userMenu={
      <UserMenu>
        <ChangePasswordItem />
        <Logout />
      </UserMenu>
    }
  />
);

/** react-admin's layout, plus: a temporary password sends the clerk to the change-password page first. */
export function Layout({ children }: { children: ReactNode }) {
  const location = useLocation();
  if (currentUser()?.mustChangePassword && location.pathname !== '/change-password') return <Navigate to="/change-password" replace />;
  return <RaLayout appBar={MyAppBar} menu={Menu}>{children}</RaLayout>;
}
