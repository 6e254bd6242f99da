import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { lazyScreen } from '../../common/lazyScreen';

const TitleApplicationList = lazyScreen(() => import('./TitleApplicationList'), 'TitleApplicationList');
const TitleApplicationShow = lazyScreen(() => import('./TitleApplicationShow'), 'TitleApplicationShow');

export default {
  list: TitleApplicationList,
  show: TitleApplicationShow,
  icon: AssignmentTurnedInIcon,
  recordRepresentation: 'applicantName',
};
