import { useQuery } from '@tanstack/react-query';
import { Box, Stack, Typography } from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { formatTime } from '../../common/format';

export interface TimelineItem {
  id: string;
  at: string;
  kind: string;
  actorName: string | null;
  detail: string;
}

const COLORS: Record<string, string> = {
  approved: 'success.main',
  rejected: 'error.main',
  sms_failed: 'error.main',
  sms_sent: 'success.light',
  supplement_requested: 'secondary.main',
  supplement_received: 'info.main',
};

/** 办理进度: the appeal's own events with the SMS it caused, oldest first (GET /api/appeals/:id/timeline). */
export function AppealTimeline() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['appeals', record?.id, 'timeline', record?.version],
    queryFn: () => dataProvider.getAppealTimeline(record!.id),
    enabled: !!record,
  });
  if (!data) return null;
  if (!data.length) return <Typography color="text.secondary">{translate('appeals.timeline.empty')}</Typography>;
  return (
    <Stack component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label={translate('appeals.tabs.timeline')}>
      {data.map((e, i) => (
        <Box component="li" key={e.id} sx={{ display: 'flex', gap: 2, pb: 2, position: 'relative' }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
            <Box
              sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: COLORS[e.kind] ?? 'primary.main', mt: 0.5 }}
            />
            {i < data.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', mt: 0.5 }} />}
          </Box>
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate(`appeals.timeline.kind.${e.kind}`, { _: e.kind })}
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                {formatTime(e.at)} ·{' '}
                {e.actorName ??
                  translate(e.kind.startsWith('sms_') ? 'appeals.timeline.sms' : 'appeals.timeline.system')}
              </Typography>
            </Typography>
            {e.detail && (
              <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                {e.detail}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Stack>
  );
}
