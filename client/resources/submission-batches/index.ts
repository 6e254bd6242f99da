import SendIcon from '@mui/icons-material/Send';
import type { RaRecord } from 'react-admin';
import { lazyScreen } from '../../common/lazyScreen';

const BatchList = lazyScreen(() => import('./BatchList'), 'BatchList');
const BatchShow = lazyScreen(() => import('./BatchShow'), 'BatchShow');

export default { list: BatchList, show: BatchShow, icon: SendIcon, recordRepresentation: (r: RaRecord) => `#${r.id}` };
