import QrCodeScannerIcon from '@mui/icons-material/QrCodeScanner';
import { lazyScreen } from '../../common/lazyScreen';

const SignInEventList = lazyScreen(() => import('./SignInEventList'), 'SignInEventList');

export default { list: SignInEventList, icon: QrCodeScannerIcon };
