import SmsIcon from '@mui/icons-material/Sms';
import { lazyScreen } from '../../common/lazyScreen';

const NotificationList = lazyScreen(() => import('./NotificationList'), 'NotificationList');

export default { list: NotificationList, icon: SmsIcon };
