import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { queryClient } from './providers/queryClient';
import { Layout } from './Layout';
import { LoginPage } from './pages/LoginPage';
import { theme } from './theme';
import { LiveNotification } from './common/LiveNotification';
import staff from './resources/staff';
import orgs from './resources/orgs';
import auditLogs from './resources/audit-logs';
import notifications from './resources/notifications';
import settings from './resources/settings';
import units from './resources/units';
import operators from './resources/operators';
import businessItems from './resources/business-items';
import institutions from './resources/institutions';
import appeals from './resources/appeals';
import rejectReasons from './resources/reject-reasons';
import workCalendar from './resources/work-calendar';
import titleApplications from './resources/title-applications';
import titlePlans from './resources/title-plans';
import submissionBatches from './resources/submission-batches';
import auditOpinions from './resources/audit-opinions';
import delegations from './resources/delegations';
import seals from './resources/seals';
import signInEvents from './resources/sign-in-events';
import legacyAccounts from './resources/legacy-accounts';
import { lazyScreen } from './common/lazyScreen';

// The login page is the only eager screen: everything behind it loads with its route.
const Dashboard = lazyScreen(() => import('./dashboard/Dashboard'), 'Dashboard');
const ChangePasswordPage = lazyScreen(() => import('./pages/ChangePasswordPage'), 'ChangePasswordPage');
const UnitReceipt = lazyScreen(() => import('./resources/units/UnitReceipt'), 'UnitReceipt');
const OpeningNotice = lazyScreen(() => import('./resources/institutions/OpeningNotice'), 'OpeningNotice');
const ReviewHome = lazyScreen(() => import('./resources/title-applications/ReviewHome'), 'ReviewHome');
const TitleStats = lazyScreen(() => import('./resources/title-applications/TitleStats'), 'TitleStats');
const LegacyImport = lazyScreen(() => import('./resources/legacy-accounts/LegacyImport'), 'LegacyImport');

export function App() {
  return (
    <Admin
      title="app.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
      layout={Layout}
      theme={theme}
      notification={LiveNotification}
      loginPage={LoginPage}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      <Resource name="appeals" {...appeals} />
      <Resource name="units" {...units} />
      <Resource name="operators" {...operators} />
      <Resource name="seals" {...seals} />
      <Resource name="seal-grants" />
      <Resource name="sign-in-events" {...signInEvents} />
      <Resource name="legacy-accounts" {...legacyAccounts} />
      <Resource name="institutions" {...institutions} />
      <Resource name="title-applications" {...titleApplications} />
      <Resource name="submission-batches" {...submissionBatches} />
      <Resource name="audit-opinions" {...auditOpinions} />
      <Resource name="delegations" {...delegations} />
      <Resource name="title-plans" {...titlePlans} />
      <Resource name="staff" {...staff} />
      <Resource name="orgs" {...orgs} />
      <Resource name="audit-logs" {...auditLogs} />
      <Resource name="notifications" {...notifications} />
      <Resource name="settings" {...settings} />
      <Resource name="business-items" {...businessItems} />
      <Resource name="reject-reasons" {...rejectReasons} />
      <Resource name="work-calendar" {...workCalendar} />
      <CustomRoutes>
        <Route path="/change-password" element={<ChangePasswordPage />} />
        <Route path="/institutions/:id/notice" element={<OpeningNotice />} />
        <Route path="/units/:id/receipt" element={<UnitReceipt />} />
        <Route path="/title-review" element={<ReviewHome />} />
        <Route path="/legacy-accounts/import" element={<LegacyImport />} />
        <Route path="/title-stats" element={<TitleStats />} />
      </CustomRoutes>
    </Admin>
  );
}
