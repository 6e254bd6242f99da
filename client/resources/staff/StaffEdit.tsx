import { Edit, TopToolbar, ListButton, useRecordContext, useTranslate } from 'react-admin';
import { ActionButton } from '../../common/ActionButton';
import { AuditTrailAside } from '../../common/AuditTrail';
import { ResetPasswordButton } from './ResetPasswordButton';
import { StaffForm } from './StaffForm';

function StaffActions() {
  const translate = useTranslate();
  const record = useRecordContext<{ id: number; name: string }>();
  const name = record?.name ?? '';
  return (
    <TopToolbar>
      <ActionButton
        resource="staff"
        action="unlock"
        label={translate('staff.action.unlock')}
        confirm={translate('staff.confirm.unlock', { name })}
      />
      <ResetPasswordButton />
      <ActionButton
        resource="staff"
        action="enable"
        label={translate('staff.action.enable')}
        confirm={translate('staff.confirm.enable', { name })}
      />
      <ActionButton
        resource="staff"
        action="disable"
        color="error"
        label={translate('staff.action.disable')}
        confirm={translate('staff.confirm.disable', { name })}
      />
      <ListButton />
    </TopToolbar>
  );
}

export function StaffEdit() {
  return (
    <Edit mutationMode="pessimistic" actions={<StaffActions />} aside={<AuditTrailAside resource="staff" />}>
      <StaffForm />
    </Edit>
  );
}
