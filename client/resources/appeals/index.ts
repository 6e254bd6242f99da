import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { lazyScreen } from '../../common/lazyScreen';

const AppealList = lazyScreen(() => import('./AppealList'), 'AppealList');
const AppealShow = lazyScreen(() => import('./AppealShow'), 'AppealShow');

export default { list: AppealList, show: AppealShow, icon: SupportAgentIcon, recordRepresentation: 'name' };
