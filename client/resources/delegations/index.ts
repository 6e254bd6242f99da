import EventBusyIcon from '@mui/icons-material/EventBusy';
import { DelegationList } from './DelegationList';
import { DelegationCreate } from './DelegationCreate';
import { DelegationShow } from './DelegationShow';

export default {
  list: DelegationList,
  create: DelegationCreate,
  show: DelegationShow,
  icon: EventBusyIcon,
};
