import { useEffect, type ReactNode } from 'react';
import { ListItemIcon, ListItemText, MenuItem, useMediaQuery } from '@mui/material';
import LockResetIcon from '@mui/icons-material/LockReset';
import { Navigate, useLocation, Link } from 'react-router-dom';
import { AppBar, Layout as RaLayout, Logout, UserMenu, useSidebarState, useTranslate, useUserMenu } from 'react-admin';
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
  if (currentUser()?.mustChangePassword && location.pathname !== '/change-password') return <Navigate to="/change-password" replace />;
  return (
    <RaLayout appBar={MyAppBar} menu={Menu}>
      <SidebarByWidth />
      {children}
    </RaLayout>
  );
}
