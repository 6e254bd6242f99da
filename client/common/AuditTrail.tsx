import { useQuery } from '@tanstack/react-query';
import { Box, Card, CardContent, CardHeader, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import { formatTime } from './format';

export interface AuditRow {
  id: number;
  at: string;
  actorName: string | null;
  action: string;
  summary: string;
  /** Presented by the server (server/audit/present.ts). */
  actionLabel: string;
  summaryText: string;
}

/** The audit rows of the current record, newest first (GET /api/audit-logs/trail). */
export function AuditTrail({ resource }: { resource: string }) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['trail', resource, record?.id, record?.version],
    queryFn: () => dataProvider.getAuditTrail(resource, record!.id),
    enabled: !!record,
  });
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardHeader title={translate('app.trail.title')} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent sx={{ pt: 0 }}>
        {data?.length ? (
          <List dense>
            {data.map((row) => (
              <ListItem key={row.id} divider>
                <ListItemText
                  primary={`${formatTime(row.at)}  ${row.actorName ?? '系统'}  ${row.actionLabel}`}
                  secondary={row.summaryText}
                />
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography color="text.secondary">{translate('app.trail.empty')}</Typography>
        )}
      </CardContent>
    </Card>
  );
}

/** The audit trail beside an edit form; below 600 px it comes under the form at the window's width (WCAG 1.4.10). */
export function AuditTrailAside({ resource }: { resource: string }) {
  return (
    <Box sx={{ width: { xs: '100%', sm: 420 }, ml: { xs: 0, sm: 2 }, flexShrink: 0 }}>
      <AuditTrail resource={resource} />
    </Box>
  );
}
