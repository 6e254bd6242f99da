import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { OrgCreate, OrgEdit } from './OrgForms';
import { OrgList } from './OrgList';

export default { list: OrgList, create: OrgCreate, edit: OrgEdit, icon: AccountTreeIcon, recordRepresentation: 'name' };
