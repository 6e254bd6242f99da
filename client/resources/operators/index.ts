import BadgeIcon from '@mui/icons-material/Badge';
import { OperatorCreate, OperatorEdit, OperatorList } from './OperatorScreens';

export default { list: OperatorList, create: OperatorCreate, edit: OperatorEdit, icon: BadgeIcon, recordRepresentation: 'name' };
