import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazyScreen } from '../../common/lazyScreen';

const InstitutionCreate = lazyScreen(() => import('./InstitutionForms'), 'InstitutionCreate');
const InstitutionEdit = lazyScreen(() => import('./InstitutionForms'), 'InstitutionEdit');
const InstitutionList = lazyScreen(() => import('./InstitutionList'), 'InstitutionList');
const InstitutionShow = lazyScreen(() => import('./InstitutionShow'), 'InstitutionShow');

export default {
  list: InstitutionList,
  create: InstitutionCreate,
  edit: InstitutionEdit,
  show: InstitutionShow,
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
