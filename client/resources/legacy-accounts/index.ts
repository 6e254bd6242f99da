import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { lazyScreen } from '../../common/lazyScreen';

const LegacyAccountList = lazyScreen(() => import('./LegacyAccountList'), 'LegacyAccountList');

export default { list: LegacyAccountList, icon: HistoryEduIcon, recordRepresentation: 'name' };
