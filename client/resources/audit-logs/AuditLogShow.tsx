import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { TimeField } from '../../common/TimeField';
import { AuditObjectLink } from './AuditObjectLink';

function Title() {
  const record = useRecordContext();
  const translate = useTranslate();
  return <>{record ? translate('auditLogs.show_title', { id: record.id }) : ''}</>;
}

/** One entry, whole: what it says to a person, what was recorded, and its link in the hash chain. */
export function AuditLogShow() {
  const translate = useTranslate();
  return (
    <Show title={<Title />}>
      <SimpleShowLayout>
        <TextField source="id" />
        <TimeField source="at" />
        <TextField source="actorName" emptyText={translate('auditLogs.system_actor')} />
        <FunctionField
          source="action"
          render={(r: { action: string; actionLabel: string }) => (
            <>
              <Typography component="span" variant="body2">
                {r.actionLabel}
              </Typography>
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {translate('auditLogs.action_code', { code: r.action })}
              </Typography>
            </>
          )}
        />
        <TextField source="resourceLabel" label={translate('resources.audit-logs.fields.resource')} />
        <Labeled source="object">
          <AuditObjectLink />
        </Labeled>
        <TextField source="summaryText" />
        <TextField source="summary" label={translate('auditLogs.raw_summary')} />
        <TextField source="ip" emptyText="—" />
        <TextField source="prevHash" emptyText="—" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
        <TextField source="hash" emptyText="—" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
      </SimpleShowLayout>
    </Show>
  );
}
