import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Menu as RaMenu, useGetIdentity, useTranslate } from 'react-admin';

/** react-admin's menu (the resources each role may read), with the title reviewers' review home on top. */
export function Menu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const reviewer = ((identity?.roles as string[] | undefined) ?? []).includes('title_reviewer');
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {reviewer && <RaMenu.Item to="/title-review" primaryText={translate('titles.menu.home')} leftIcon={<FactCheckIcon />} />}
      <RaMenu.ResourceItems />
    </RaMenu>
  );
}
