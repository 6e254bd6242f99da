import VerifiedIcon from '@mui/icons-material/Verified';
import { lazyScreen } from '../../common/lazyScreen';

const SealList = lazyScreen(() => import('./SealList'), 'SealList');
const SealShow = lazyScreen(() => import('./SealShow'), 'SealShow');

export default { list: SealList, show: SealShow, icon: VerifiedIcon, recordRepresentation: 'name' };
