import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { Link } from 'react-router-dom';
import {
  EditButton,
  FunctionField,
  Labeled,
  ListButton,
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
import { TimeField } from '../../common/TimeField';
import { formatTime } from '../../common/format';
import { AdminDialogButton } from './AdminDialogButton';
import { RegionCodeChip } from '../../common/RegionCodeChip';

function Actions() {
  const translate = useTranslate();
  const record = useRecordContext();
  return (
    <TopToolbar>
      <AdminDialogButton mode="open" />
      <AdminDialogButton mode="changeAdmin" />
      <ActionButton
        resource="institutions"
        action="reset-password"
        allowedAs="resetPassword"
        label={translate('institutions.action.resetPassword')}
        confirm={translate('institutions.confirm.resetPassword')}
      />
      <ActionButton
        resource="institutions"
        action="disable"
        color="error"
        reason
        label={translate('institutions.action.disable')}
        confirm={translate('institutions.confirm.disable')}
      />
      <ActionButton
        resource="institutions"
        action="enable"
        label={translate('institutions.action.enable')}
        confirm={translate('institutions.confirm.enable')}
      />
      {record?.status !== 'registered' && (
        <Button size="small" startIcon={<PrintIcon />} component={Link} to={`/institutions/${record?.id}/notice`}>
          {translate('institutions.action.notice')}
        </Button>
      )}
      <EditButton />
      <ListButton />
    </TopToolbar>
  );
}

/** 原管理员信息: who, from, to, changed by. */
function AdminHistory() {
  const record = useRecordContext();
  const translate = useTranslate();
  const rows = (record?.adminHistory as Record<string, string>[] | undefined) ?? [];
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 3 }}>
        {translate('institutions.admin.history')}
      </Typography>
      {rows.length === 0 ? (
        <Typography color="text.secondary">{translate('institutions.admin.history_empty')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.institutions.fields.adminName')}</TableCell>
              <TableCell>{translate('resources.institutions.fields.adminIdNumber')}</TableCell>
              <TableCell>{translate('resources.institutions.fields.adminPhone')}</TableCell>
              <TableCell>{translate('institutions.admin.from')}</TableCell>
              <TableCell>{translate('institutions.admin.to')}</TableCell>
              <TableCell>{translate('institutions.admin.changedBy')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((h) => (
              <TableRow key={h.id}>
                <TableCell>{h.adminName}</TableCell>
                <TableCell>{h.adminIdNumber}</TableCell>
                <TableCell>{h.adminPhone}</TableCell>
                <TableCell>{formatTime(h.fromAt)}</TableCell>
                <TableCell>{formatTime(h.toAt)}</TableCell>
                <TableCell>{h.changedByName ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

export function InstitutionShow() {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate('institutions.tabs.basic')}>
          <TextField source="number" />
          <TextField source="name" />
          <FunctionField source="type" render={(r: { type: string }) => translate(`institutions.type.${r.type}`)} />
          <FunctionField source="level" render={(r: { level: string }) => translate(`institutions.level.${r.level}`)} />
          <TextField source="region" />
          <RegionCodeChip />
          <TextField source="unitName" emptyText="—" />
          <Labeled source="status">
            <StatusChip source="status" prefix="institutions.status" />
          </Labeled>
          <TextField source="statusReason" emptyText="—" />
          <TextField source="address" emptyText="—" />
          <TextField source="contactName" emptyText="—" />
          <TextField source="contactPhone" emptyText="—" />
          <Labeled source="createdAt">
            <TimeField source="createdAt" />
          </Labeled>
          <Labeled source="openedAt">
            <TimeField source="openedAt" />
          </Labeled>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('institutions.tabs.admin')} path="admin">
          <TextField source="adminName" emptyText="—" />
          <FunctionField
            source="adminIdType"
            render={(r: { adminIdType: string | null }) =>
              r.adminIdType ? translate(`institutions.id_type.${r.adminIdType}`) : '—'
            }
          />
          <TextField source="adminIdNumber" emptyText="—" />
          <TextField source="adminPhone" emptyText="—" />
          <Labeled source="adminSince">
            <TimeField source="adminSince" />
          </Labeled>
          <FunctionField
            source="mustChangePassword"
            render={(r: { mustChangePassword: boolean }) => translate(r.mustChangePassword ? 'app.yes' : 'app.no')}
          />
          <PiiRevealButton resource="institutions" />
          <AdminHistory />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('institutions.tabs.sms')} path="sms">
          <RecordNotifications relatedType="institutions" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('institutions.tabs.trail')} path="trail">
          <AuditTrail resource="institutions" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
