import { Card, CardContent, CardHeader } from '@mui/material';
import { Datagrid, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { TimeField } from './TimeField';
import { StatusChip } from './StatusChip';

/** The SMS the current record caused (notifications with relatedType/relatedId). */
export function RecordNotifications({ relatedType }: { relatedType: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardHeader title={translate('app.notifications_of.title')} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent sx={{ pt: 0 }}>
        <ReferenceManyField
          reference="notifications"
          target="relatedId"
          filter={{ relatedType }}
          sort={{ field: 'id', order: 'DESC' }}
          perPage={50}
        >
          <Datagrid bulkActionButtons={false} rowClick={false} empty={<>{translate('app.notifications_of.empty')}</>}>
            <TimeField source="createdAt" />
            <TextField source="phone" />
            <TextField source="content" />
            <StatusChip source="status" prefix="notifications.status" />
            <TextField source="lastError" />
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
}
