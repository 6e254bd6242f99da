import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Chip } from '@mui/material';
import {
  Button,
  Datagrid,
  FunctionField,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { Link } from 'react-router-dom';
import { TimeField } from '../../common/TimeField';
import { useAllowed } from '../../providers/access';
import type { AppDataProvider } from '../../providers/dataProvider';
import { LegacyProgress } from './LegacyProgress';
import { UnlockButton } from './UnlockButton';

function Actions() {
  const translate = useTranslate();
  const mayImport = useAllowed('legacyAccounts.import');
  return (
    <TopToolbar>
      {mayImport && (
        <Button
          component={Link}
          to="/legacy-accounts/import"
          label={translate('legacyAccounts.action.import')}
          startIcon={<UploadFileIcon />}
        />
      )}
    </TopToolbar>
  );
}

/** 历史用户: the old systems' accounts, filtered by system, upgraded or not, locked; progress per system above. */
/** What the list shows of one legacy account (API.md, GET /legacy-accounts). */
export interface LegacyAccountRow extends RaRecord {
  name: string;
  passwordAlgo: string;
  weakHash: boolean;
  upgraded: boolean;
  locked: boolean;
  version: number;
  allowedActions: string[];
}

export function LegacyAccountList() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: systems } = useQuery({
    queryKey: ['legacy-accounts', 'progress'],
    queryFn: () => dataProvider.getLegacyProgress(),
  });
  const yesNo = { trueLabel: 'legacyAccounts.yes', falseLabel: 'legacyAccounts.no' };
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.legacy-accounts.fields.q')} />,
    <SelectInput
      key="legacySystem"
      source="legacySystem"
      alwaysOn
      choices={(systems ?? []).map((s) => ({ id: s.legacySystem, name: s.legacySystem }))}
    />,
    <NullableBooleanInput key="upgraded" source="upgraded" alwaysOn {...yesNo} />,
    <NullableBooleanInput key="locked" source="locked" alwaysOn {...yesNo} />,
  ];
  return (
    <>
      <LegacyProgress />
      <List filters={filters} actions={<Actions />} sort={{ field: 'id', order: 'DESC' }}>
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="uscc" />
          <TextField source="name" />
          <TextField source="legacySystem" />
          <TextField source="legacyAccount" sortable={false} />
          <FunctionField
            source="passwordAlgo"
            sortable={false}
            render={(r: LegacyAccountRow) =>
              r.weakHash ? (
                <Chip size="small" color="warning" label={translate('legacyAccounts.weak_hash')} />
              ) : (
                r.passwordAlgo
              )
            }
          />
          <TextField source="legalRepName" sortable={false} />
          <FunctionField
            label="resources.units.fields.status"
            render={(r: LegacyAccountRow) => {
              const s = r.upgraded ? 'upgraded' : r.locked ? 'locked' : 'waiting';
              return (
                <Chip
                  size="small"
                  variant="outlined"
                  color={s === 'upgraded' ? 'success' : s === 'locked' ? 'error' : 'default'}
                  label={translate(`legacyAccounts.status.${s}`)}
                />
              );
            }}
          />
          <TextField source="failed" sortable={false} />
          <TimeField source="upgradedAt" />
          <TimeField source="createdAt" />
          <UnlockButton />
        </Datagrid>
      </List>
    </>
  );
}
