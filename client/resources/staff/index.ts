import PeopleIcon from '@mui/icons-material/People';
import { lazyScreen } from '../../common/lazyScreen';

const StaffCreate = lazyScreen(() => import('./StaffCreate'), 'StaffCreate');
const StaffEdit = lazyScreen(() => import('./StaffEdit'), 'StaffEdit');
const StaffList = lazyScreen(() => import('./StaffList'), 'StaffList');

export default {
  list: StaffList,
  create: StaffCreate,
  edit: StaffEdit,
  icon: PeopleIcon,
  recordRepresentation: 'name',
};
