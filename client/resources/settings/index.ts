import SettingsIcon from '@mui/icons-material/Settings';
import { SettingEdit, SettingList } from './SettingList';

export default { list: SettingList, edit: SettingEdit, icon: SettingsIcon, recordRepresentation: 'label' };
