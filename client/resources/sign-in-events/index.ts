import QrCodeScannerIcon from '@mui/icons-material/QrCodeScanner';
import { SignInEventList } from './SignInEventList';

export default { list: SignInEventList, icon: QrCodeScannerIcon };
