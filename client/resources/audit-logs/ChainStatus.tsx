import { useQuery } from '@tanstack/react-query';
import { Alert } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';

/** GET /api/audit-logs/verify (the server's ChainResult). */
export type Verification = { checked: number; legacy: number } & (
  { ok: true } | { ok: false; firstBadId: number; reason: 'content' | 'gap' | 'link' | 'unhashed' }
);

/** Whether the hash chain is intact, above the list; the server walks the whole log, so it is asked once per visit. */
export function ChainStatus() {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { data, isError } = useQuery({
    queryKey: ['audit-logs', 'verify'],
    queryFn: () => dataProvider.verifyAuditChain(),
    refetchOnWindowFocus: false,
  });
  const sx = { mt: 2 };
  if (isError)
    return (
      <Alert severity="warning" sx={sx}>
        {translate('auditLogs.chain.failed')}
      </Alert>
    );
  if (!data)
    return (
      <Alert severity="info" role="status" sx={sx}>
        {translate('auditLogs.chain.checking')}
      </Alert>
    );
  const legacy = data.legacy ? ` ${translate('auditLogs.chain.legacy', { legacy: data.legacy })}` : '';
  return data.ok ? (
    <Alert severity="success" role="status" sx={sx}>
      {translate('auditLogs.chain.ok', { checked: data.checked })}
      {legacy}
    </Alert>
  ) : (
    <Alert severity="error" sx={sx}>
      {translate('auditLogs.chain.broken', {
        id: data.firstBadId,
        reason: translate(`auditLogs.chain.reasons.${data.reason}`),
      })}
      {legacy}
    </Alert>
  );
}
