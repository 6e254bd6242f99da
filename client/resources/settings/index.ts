import SettingsIcon from '@mui/icons-material/Settings';
import { lazyScreen } from '../../common/lazyScreen';

const SettingEdit = lazyScreen(() => import('./SettingList'), 'SettingEdit');
const SettingList = lazyScreen(() => import('./SettingList'), 'SettingList');

export default { list: SettingList, edit: SettingEdit, icon: SettingsIcon, recordRepresentation: 'label' };
