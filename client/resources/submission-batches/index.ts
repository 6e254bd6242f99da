import SendIcon from '@mui/icons-material/Send';
import type { RaRecord } from 'react-admin';
import { BatchList } from './BatchList';
import { BatchShow } from './BatchShow';

export default { list: BatchList, show: BatchShow, icon: SendIcon, recordRepresentation: (r: RaRecord) => `#${r.id}` };
