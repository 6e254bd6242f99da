import HistoryIcon from '@mui/icons-material/History';
import { lazyScreen } from '../../common/lazyScreen';

const AuditLogList = lazyScreen(() => import('./AuditLogList'), 'AuditLogList');

export default { list: AuditLogList, icon: HistoryIcon };
