import ApartmentIcon from '@mui/icons-material/Apartment';
import { InstitutionCreate, InstitutionEdit } from './InstitutionForms';
import { InstitutionList } from './InstitutionList';
import { InstitutionShow } from './InstitutionShow';

export default { list: InstitutionList, create: InstitutionCreate, edit: InstitutionEdit, show: InstitutionShow, icon: ApartmentIcon, recordRepresentation: 'name' };
