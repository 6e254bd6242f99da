import FactCheckIcon from '@mui/icons-material/FactCheck';
import BarChartIcon from '@mui/icons-material/BarChart';
import { Menu as RaMenu, useTranslate } from 'react-admin';
import { useAllowed } from './providers/access';

/** react-admin's menu (the resources the caller may read), with the title reviewers' review home on top. */
export function Menu() {
  const translate = useTranslate();
  const reviewer = useAllowed('titleApplications.read');
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {reviewer && (
        <RaMenu.Item to="/title-review" primaryText={translate('titles.menu.home')} leftIcon={<FactCheckIcon />} />
      )}
      {reviewer && (
        <RaMenu.Item to="/title-stats" primaryText={translate('titleStats.menu')} leftIcon={<BarChartIcon />} />
      )}
      <RaMenu.ResourceItems />
    </RaMenu>
  );
}
