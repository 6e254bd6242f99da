import BadgeIcon from '@mui/icons-material/Badge';
import { lazyScreen } from '../../common/lazyScreen';

const OperatorCreate = lazyScreen(() => import('./OperatorScreens'), 'OperatorCreate');
const OperatorEdit = lazyScreen(() => import('./OperatorScreens'), 'OperatorEdit');
const OperatorList = lazyScreen(() => import('./OperatorScreens'), 'OperatorList');

export default {
  list: OperatorList,
  create: OperatorCreate,
  edit: OperatorEdit,
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
