import { useQuery } from '@tanstack/react-query';
import { Box, Chip, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { formatTime } from '../../common/format';
import type { ReviewStep } from './choices';

const RESULT_COLOR = { pass: 'success', approve: 'success', return: 'warning', reject: 'error' } as const;
const DOT: Record<ReviewStep['kind'], string> = {
  submitted: 'info.main',
  resubmitted: 'info.main',
  claimed: 'grey.500',
  reassigned: 'grey.500',
  reviewed: 'primary.main',
  forwarded: 'secondary.main',
  withdrawn: 'warning.main',
  urged: 'error.main',
};

export function useProgress() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['title-applications', record?.id, 'progress', record?.version],
    queryFn: () => dataProvider.getTitleApplicationProgress(record!.id),
    enabled: !!record,
  });
}

/** The step's text with its batch as a link: where the text names the batch that part becomes the link, else the link follows. */
function DetailWithBatch({ detail, batchId }: { detail: string; batchId?: number | null }) {
  const translate = useTranslate();
  if (!batchId) return <>{detail}</>;
  const label = translate('titles.progress.batch', { id: batchId });
  const link = <Link to={`/submission-batches/${batchId}/show`}>{label}</Link>;
  const at = detail.indexOf(label);
  if (at < 0)
    return (
      <>
        {detail} {link}
      </>
    );
  return (
    <>
      {detail.slice(0, at)}
      {link}
      {detail.slice(at + label.length)}
    </>
  );
}

function StepItem({ s, last }: { s: ReviewStep; last: boolean }) {
  const translate = useTranslate();
  const modules = (s.moduleErrors ?? []).map((m) => translate(`titles.module.${m}`)).join('、');
  const who =
    s.actorName ??
    (s.kind === 'submitted' || s.kind === 'resubmitted' ? translate('titles.progress.by_applicant') : '—');
  const onBehalf = s.onBehalfOfName ? `（${translate('delegations.on_behalf', { name: s.onBehalfOfName })}）` : '';
  return (
    <Box component="li" sx={{ display: 'flex', gap: 2, pb: 2 }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
        <Box
          sx={{
            width: 12,
            height: 12,
            borderRadius: '50%',
            bgcolor: s.result ? `${RESULT_COLOR[s.result]}.main` : DOT[s.kind],
            mt: 0.5,
          }}
        />
        {!last && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', mt: 0.5 }} />}
      </Box>
      <Box sx={{ flex: 1 }}>
        <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {translate(`titles.progress.kind.${s.kind}`)}
          </Typography>
          {s.result && (
            <Chip size="small" color={RESULT_COLOR[s.result]} label={translate(`titles.progress.result.${s.result}`)} />
          )}
          <Typography variant="body2" color="text.secondary">
            {s.orgLevel ? `${translate(`titles.org_level.${s.orgLevel}`, { _: s.orgLevel })} · ` : ''}
            {s.orgName ?? '—'} · {who}
            {onBehalf} · {formatTime(s.at)}
          </Typography>
        </Stack>
        {s.opinion && (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {s.opinion}
          </Typography>
        )}
        {s.kind === 'reviewed' && modules && (
          <Typography variant="body2" color="warning.dark">
            {translate('titles.progress.modules', { modules })}
          </Typography>
        )}
        {s.kind === 'resubmitted' && modules && (
          <Typography variant="body2" color="info.dark">
            {translate('titles.progress.changed_modules', { modules })}
          </Typography>
        )}
        {s.result === 'return' && (
          <Typography variant="body2" color="text.secondary">
            {translate('titles.progress.return_to', {
              target: s.returnToName ?? translate('titles.review.return_applicant'),
            })}
            {s.resubmitTo ? `（${translate(`titles.progress.resubmit_${s.resubmitTo}`)}）` : ''}
          </Typography>
        )}
        {['forwarded', 'reassigned', 'submitted', 'withdrawn', 'urged'].includes(s.kind) && s.detail && (
          <Typography variant="body2" color="text.secondary">
            <DetailWithBatch detail={s.detail} batchId={s.batchId} />
          </Typography>
        )}
      </Box>
    </Box>
  );
}

/**
 * 审核进度: the stored review chain as steps (done, where it is now, the levels still ahead greyed),
 * then every step so far — level, org, reviewer, result, opinion, modules marked, time.
 */
export function ProgressTimeline() {
  const translate = useTranslate();
  const { data } = useProgress();
  if (!data) return null;
  const activeStep = data.chain.findIndex((c) => c.state === 'current' || c.state === 'returned');
  return (
    <Stack spacing={3}>
      <Box>
        <Typography variant="subtitle1" gutterBottom>
          {translate('titles.progress.chain')}
        </Typography>
        <Stepper
          activeStep={activeStep < 0 ? data.chain.length : activeStep}
          alternativeLabel
          aria-label={translate('titles.progress.chain')}
        >
          {data.chain.map((c) => (
            <Step
              key={c.orgId}
              completed={c.state === 'done'}
              sx={c.state === 'ahead' ? { opacity: 0.5 } : undefined}
              data-state={c.state}
            >
              <StepLabel
                optional={<Typography variant="caption">{translate(`titles.progress.${c.state}`)}</Typography>}
              >
                {c.name}
                <Typography variant="caption" display="block" color="text.secondary">
                  {c.levelLabel}
                </Typography>
              </StepLabel>
            </Step>
          ))}
        </Stepper>
      </Box>
      <Box>
        <Typography variant="subtitle1" gutterBottom>
          {translate('titles.progress.steps')}
        </Typography>
        {data.steps.length ? (
          <Stack component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} aria-label={translate('titles.progress.steps')}>
            {data.steps.map((s, i) => (
              <StepItem key={s.id} s={s} last={i === data.steps.length - 1} />
            ))}
          </Stack>
        ) : (
          <Typography color="text.secondary">{translate('titles.progress.empty')}</Typography>
        )}
      </Box>
    </Stack>
  );
}
