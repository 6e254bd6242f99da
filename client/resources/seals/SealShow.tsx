import { Box, Typography } from '@mui/material';
import {
  FunctionField,
  Labeled,
  ListButton,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionButton } from '../../common/ActionButton';
import { AuditTrail } from '../../common/AuditTrail';
import { StatusChip } from '../../common/StatusChip';
import { TimeField } from '../../common/TimeField';
import { SealGrants } from './SealGrants';
import { SealStamp } from './SealStamp';

/** The void button of the current seal (the record says whether the caller may). */
export function VoidSealButton() {
  const translate = useTranslate();
  return (
    <ActionButton
      resource="seals"
      action="void"
      color="error"
      reason
      label={translate('seals.action.void')}
      confirm={translate('seals.confirm.void')}
    />
  );
}

function Stamp() {
  const r = useRecordContext<{ id: number; name: string; type: string; status: string }>();
  return r ? <SealStamp name={r.name} type={r.type} voided={r.status === 'voided'} size={180} /> : null;
}

export function SealShow() {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <VoidSealButton />
          <ListButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
          <Stamp />
          <SimpleShowLayout>
            <TextField source="unitName" />
            <FunctionField source="type" render={(r: { type: string }) => translate(`seals.type.${r.type}`)} />
            <TextField source="name" />
            <Labeled source="status">
              <StatusChip source="status" prefix="seals.status" />
            </Labeled>
            <FunctionField
              source="appliedByName"
              render={(r: { appliedByName: string; appliedByRole: string }) =>
                `${r.appliedByName}（${translate(`seals.applied_by_role.${r.appliedByRole}`)}）`
              }
            />
            <Labeled source="createdAt">
              <TimeField source="createdAt" />
            </Labeled>
            <TextField source="voidReason" emptyText="—" />
          </SimpleShowLayout>
        </Box>
        <Typography variant="subtitle1" component="h2">
          {translate('seals.grants')}
        </Typography>
        <SealGrants />
        <AuditTrail resource="seals" />
      </SimpleShowLayout>
    </Show>
  );
}
