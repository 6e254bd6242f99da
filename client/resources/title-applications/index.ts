import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { TitleApplicationList } from './TitleApplicationList';
import { TitleApplicationShow } from './TitleApplicationShow';

export default { list: TitleApplicationList, show: TitleApplicationShow, icon: AssignmentTurnedInIcon, recordRepresentation: 'applicantName' };
