import {
  DateInput,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  TextField,
  TextInput,
  useTranslate,
} from 'react-admin';
import { FitDatagrid, FitListActions } from '../../common/FitList';
import { ListPagination } from '../../common/ListPagination';
import { TimeField } from '../../common/TimeField';
import { StatusChip } from '../../common/StatusChip';
import { ActionButton } from '../../common/ActionButton';
import { choices } from '../../common/roleChoices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={choices(['queued', 'sent', 'failed'], 'notifications.status')}
    alwaysOn
  />,
  <TextInput key="relatedType" source="relatedType" />,
  <DateInput key="createdAt_gte" source="createdAt_gte" />,
  <DateInput key="createdAt_lte" source="createdAt_lte" />,
];

function ResendButton() {
  const translate = useTranslate();
  return (
    <ActionButton
      resource="notifications"
      action="resend"
      label={translate('notifications.action.resend')}
      confirm={translate('notifications.confirm_resend')}
    />
  );
}

export function NotificationList() {
  return (
    <List
      pagination={<ListPagination />}
      filters={filters}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={50}
      exporter={false}
      actions={<FitListActions />}
    >
      <FitDatagrid
        bulkActionButtons={false}
        rowClick={false}
        wrap={['content', 'lastError']}
        wrapMin={160}
        omit={['attempts']}
      >
        <TimeField source="createdAt" />
        <TextField source="phone" sortable={false} />
        <TextField source="content" sortable={false} />
        <StatusChip source="status" prefix="notifications.status" />
        <NumberField source="attempts" />
        <TimeField source="sentAt" />
        <TextField source="lastError" sortable={false} emptyText="—" />
        <ResendButton />
      </FitDatagrid>
    </List>
  );
}
