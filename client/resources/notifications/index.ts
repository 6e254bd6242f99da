import SmsIcon from '@mui/icons-material/Sms';
import { NotificationList } from './NotificationList';

export default { list: NotificationList, icon: SmsIcon };
