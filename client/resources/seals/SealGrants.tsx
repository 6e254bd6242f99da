import { Chip } from '@mui/material';
import { Datagrid, FunctionField, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { ActionButton } from '../../common/ActionButton';
import { RegionCodeChip } from '../../common/RegionCodeChip';

const GRANT_COLOR = { active: 'success', expired: 'warning', revoked: 'default' } as const;

function GrantStatus() {
  const r = useRecordContext();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Chip
      size="small"
      color={GRANT_COLOR[r.status as keyof typeof GRANT_COLOR]}
      label={translate(`seals.grant_status.${r.status}`)}
    />
  );
}

/** The seal's 被授权人 with their validity and status; staff revoke with a reason. */
export function SealGrants() {
  const translate = useTranslate();
  return (
    <ReferenceManyField reference="seal-grants" target="sealId" sort={{ field: 'id', order: 'DESC' }} perPage={100}>
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<>{translate('app.list.empty')}</>}>
        <TextField source="personName" />
        <TextField source="idNumber" />
        <FunctionField source="regionCodeUnknown" label="" render={() => <RegionCodeChip />} />
        <FunctionField
          source="validTo"
          render={(r: { validFrom: string; validTo: string }) => `${r.validFrom} ~ ${r.validTo}`}
        />
        <FunctionField source="status" render={() => <GrantStatus />} />
        <TextField source="revokedReason" emptyText="—" />
        <ActionButton
          resource="seal-grants"
          action="revoke"
          color="error"
          reason
          label={translate('seals.action.revoke')}
          confirm={translate('seals.confirm.revoke')}
        />
      </Datagrid>
    </ReferenceManyField>
  );
}
