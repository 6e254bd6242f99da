import HistoryIcon from '@mui/icons-material/History';
import { lazyScreen } from '../../common/lazyScreen';

const AuditLogList = lazyScreen(() => import('./AuditLogList'), 'AuditLogList');
const AuditLogShow = lazyScreen(() => import('./AuditLogShow'), 'AuditLogShow');

export default { list: AuditLogList, show: AuditLogShow, icon: HistoryIcon };
