import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { AppealList } from './AppealList';
import { AppealShow } from './AppealShow';

export default { list: AppealList, show: AppealShow, icon: SupportAgentIcon, recordRepresentation: 'name' };
