import BusinessIcon from '@mui/icons-material/Business';
import { lazyScreen } from '../../common/lazyScreen';

const UnitCreate = lazyScreen(() => import('./UnitForms'), 'UnitCreate');
const UnitEdit = lazyScreen(() => import('./UnitForms'), 'UnitEdit');
const UnitList = lazyScreen(() => import('./UnitList'), 'UnitList');
const UnitShow = lazyScreen(() => import('./UnitShow'), 'UnitShow');

export default {
  list: UnitList,
  create: UnitCreate,
  edit: UnitEdit,
  show: UnitShow,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
