import BusinessIcon from '@mui/icons-material/Business';
import { UnitCreate, UnitEdit } from './UnitForms';
import { UnitList } from './UnitList';
import { UnitShow } from './UnitShow';

export default { list: UnitList, create: UnitCreate, edit: UnitEdit, show: UnitShow, icon: BusinessIcon, recordRepresentation: 'name' };
