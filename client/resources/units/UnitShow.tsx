import { Button } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Link } from 'react-router-dom';
import {
  BooleanField,
  Datagrid,
  DeleteWithConfirmButton,
  EditButton,
  FunctionField,
  Labeled,
  ListButton,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionButton } from '../../common/ActionButton';
import { AuditTrail } from '../../common/AuditTrail';
import { PiiRevealButton } from '../../common/PiiRevealButton';
import { RecordNotifications } from '../../common/RecordNotifications';
import { StatusChip } from '../../common/StatusChip';
import { OperatorStatusChip } from '../operators/OperatorStatusChip';
import { TimeField } from '../../common/TimeField';
import { ActivateButton } from './ActivateButtons';
import { QuotaButton } from './QuotaButton';
import { UnitChangeHistory, UnitMaterials } from './UnitPanels';
import { usage } from './UnitList';
import { SignInCheckButton } from './SignInCheckButton';
import { UnitSealsTab } from '../seals/UnitSealsTab';
import { RegionCodeChip } from '../../common/RegionCodeChip';

function Actions() {
  const translate = useTranslate();
  const record = useRecordContext();
  const allowed = (record?.allowedActions as string[] | undefined) ?? [];
  return (
    <TopToolbar>
      <ActivateButton />
      <SignInCheckButton />
      <ActionButton
        resource="units"
        action="unfreeze"
        label={translate('units.action.unfreeze')}
        confirm={translate('units.confirm.unfreeze')}
      />
      <ActionButton
        resource="units"
        action="reset-password"
        allowedAs="resetPassword"
        label={translate('units.action.resetPassword')}
        confirm={translate('units.confirm.resetPassword')}
      />
      <QuotaButton />
      <ActionButton
        resource="units"
        action="freeze"
        color="warning"
        reason
        label={translate('units.action.freeze')}
        confirm={translate('units.confirm.freeze')}
      />
      <ActionButton
        resource="units"
        action="cancel"
        color="error"
        reason
        label={translate('units.action.cancel')}
        confirm={translate('units.confirm.cancel')}
      />
      {record?.channel === 'offline' && (
        <Button size="small" startIcon={<PrintIcon />} component={Link} to={`/units/${record.id}/receipt`}>
          {translate('units.action.receipt')}
        </Button>
      )}
      {allowed.includes('edit') && <EditButton />}
      <ListButton />
    </TopToolbar>
  );
}

function AddOperatorButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record || !(record.allowedActions as string[]).includes('quota')) return null;
  return (
    <Button
      size="small"
      startIcon={<PersonAddIcon />}
      component={Link}
      to={`/operators/create?source=${encodeURIComponent(JSON.stringify({ unitId: record.id }))}`}
    >
      {translate('units.action.add_operator')}（{usage(record as never)}）
    </Button>
  );
}

/** Deleting frees a quota place; the confirmation names the person. */
function OperatorDeleteButton() {
  const record = useRecordContext<{ id: number; name: string }>();
  const translate = useTranslate();
  return (
    <DeleteWithConfirmButton
      mutationMode="pessimistic"
      confirmContent={translate('operators.delete_confirm', { name: record?.name ?? '' })}
      redirect={false}
    />
  );
}

export function UnitShow() {
  const translate = useTranslate();
  const t = (k: string) => translate(`units.tabs.${k}`);
  return (
    <Show actions={<Actions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={t('basic')}>
          <TextField source="uscc" />
          <TextField source="name" />
          <FunctionField
            source="legalPersonType"
            render={(r: { legalPersonType: string }) => translate(`units.legal_person_type.${r.legalPersonType}`)}
          />
          <TextField source="legalRepName" />
          <FunctionField source="idType" render={(r: { idType: string }) => translate(`units.id_type.${r.idType}`)} />
          <TextField source="idNumber" />
          <RegionCodeChip />
          <FunctionField
            source="idValidity"
            render={(r: { idValidFrom: string; idValidTo: string | null }) =>
              `${r.idValidFrom} ~ ${r.idValidTo ?? translate('app.long_term')}`
            }
          />
          <TextField source="phone" />
          <PiiRevealButton resource="units" />
          <TextField source="account" />
          <Labeled source="status">
            <StatusChip source="status" prefix="units.status" />
          </Labeled>
          <TextField source="statusReason" emptyText="—" />
          <FunctionField
            source="channel"
            render={(r: { channel: string }) => translate(`units.channel.${r.channel}`)}
          />
          <FunctionField source="usage" render={(r) => usage(r as never)} />
          <BooleanField source="mustChangePassword" />
          <Labeled source="activatedAt">
            <TimeField source="activatedAt" />
          </Labeled>
          <Labeled source="createdAt">
            <TimeField source="createdAt" />
          </Labeled>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={t('extended')} path="extended">
          {[
            'region',
            'registeredAddress',
            'registeredCapital',
            'registrationDate',
            'businessScope',
            'codeType',
            'industry',
            'approvalDate',
            'approvalAuthority',
            'enterpriseStatus',
            'foundingDate',
          ].map((f) => (
            <TextField key={f} source={f} emptyText="—" />
          ))}
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={t('operators')} path="operators">
          <AddOperatorButton />
          <ReferenceManyField reference="operators" target="unitId" sort={{ field: 'id', order: 'ASC' }} perPage={100}>
            <Datagrid bulkActionButtons={false} rowClick="edit" empty={<>{translate('app.list.empty')}</>}>
              <FunctionField source="role" render={(r: { role: string }) => translate(`operators.role.${r.role}`)} />
              <TextField source="name" />
              <TextField source="idNumber" />
              <FunctionField source="regionCodeUnknown" label="" render={() => <RegionCodeChip />} />
              <TextField source="phone" />
              <FunctionField
                source="validTo"
                render={(r: { validFrom: string; validTo: string; expired?: boolean }) =>
                  `${r.validFrom} ~ ${r.validTo}${r.expired ? `（${translate('operators.expired')}）` : ''}`
                }
              />
              <FunctionField source="status" render={() => <OperatorStatusChip />} />
              <OperatorDeleteButton />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('seals.tab')} path="seals">
          <UnitSealsTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={t('history')} path="history">
          <UnitChangeHistory />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={t('materials')} path="materials">
          <UnitMaterials />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={t('sms')} path="sms">
          <RecordNotifications relatedType="units" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={t('trail')} path="trail">
          <AuditTrail resource="units" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
