import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { lazyScreen } from '../../common/lazyScreen';

const OrgCreate = lazyScreen(() => import('./OrgForms'), 'OrgCreate');
const OrgEdit = lazyScreen(() => import('./OrgForms'), 'OrgEdit');
const OrgList = lazyScreen(() => import('./OrgList'), 'OrgList');

export default { list: OrgList, create: OrgCreate, edit: OrgEdit, icon: AccountTreeIcon, recordRepresentation: 'name' };
