import VerifiedIcon from '@mui/icons-material/Verified';
import { SealList } from './SealList';
import { SealShow } from './SealShow';

export default { list: SealList, show: SealShow, icon: VerifiedIcon, recordRepresentation: 'name' };
