import { useState } from 'react';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Grid,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Link } from 'react-router-dom';
import {
  FunctionField,
  Labeled,
  ListButton,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useGetIdentity,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { AuditTrail } from '../../common/AuditTrail';
import { PiiRevealButton } from '../../common/PiiRevealButton';
import { RecordNotifications } from '../../common/RecordNotifications';
import { StatusChip } from '../../common/StatusChip';
import { TimeField } from '../../common/TimeField';
import { formatTime } from '../../common/format';
import { applicationsLink, type ChainStep, type ModuleView, type TitleModule } from './choices';
import { ClaimButton, ReassignButton, UrgeButton, WithdrawButton } from './HolderButtons';
import { ModuleContent } from './ModuleContent';
import { ProgressTimeline } from './ProgressTimeline';
import { ReviewForm } from './ReviewForm';
import { useReviewDraft } from './useReviewDraft';
import { RegionCodeChip } from '../../common/RegionCodeChip';
import { KeyHint } from '../../common/KeyHint';
import { ShortcutHelp } from '../../common/ShortcutHelp';
import { useShortcutKey } from '../../common/useShortcuts';
import { moduleSummaryId, useModuleShortcuts } from './useModuleShortcuts';

function ApplicationTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <span>
      {record ? `${translate('resources.title-applications.name')} #${record.id} · ${record.applicantName}` : ''}
    </span>
  );
}

const Actions = () => (
  <TopToolbar>
    <ClaimButton />
    <ReassignButton />
    <WithdrawButton />
    <UrgeButton />
    <PiiRevealButton resource="title-applications" />
    <ListButton />
  </TopToolbar>
);

interface LastReturn {
  orgName: string | null;
  actorName: string | null;
  at: string;
  opinion: string | null;
  moduleErrors: TitleModule[] | null;
  returnToName: string | null;
}

/** Where the application stands, and what the reviewer on screen may do about it, in one place. */
/** What the status bar reads of the application (API.md, GET /title-applications/:id). */
interface StatusRecord extends RaRecord {
  chain: ChainStep[];
  allowedActions: string[];
  currentOrgId: number;
  currentOrgName: string;
  currentStep: number;
  level: string;
  status: string;
  assigneeName: string | null;
  planId: number;
  returnedModules: TitleModule[] | null;
  resubmitTo: string | null;
  decidedAt: string | null;
  lastReturn: LastReturn | null;
}

function StatusBar() {
  const record = useRecordContext<StatusRecord>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!record) return null;
  const chain = record.chain;
  const allowed = record.allowedActions;
  const here = String(record.currentOrgId) === String(identity?.orgId);
  const modules = (list: TitleModule[] | null) => (list ?? []).map((m) => translate(`titles.module.${m}`)).join('、');
  const ret = record.lastReturn;
  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <StatusChip source="status" prefix="titles.status" />
        <Chip size="small" variant="outlined" label={translate(`titles.level.${record.level}`)} />
        <Typography variant="body2">
          {translate('titles.review.status_line', {
            org: record.currentOrgName,
            step: record.currentStep + 1,
            total: chain.length,
          })}
        </Typography>
        {record.assigneeName && (
          <Typography variant="body2">{translate('titles.review.held_by', { name: record.assigneeName })}</Typography>
        )}
      </Stack>
      {record.status === 'pending' && !here && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('titles.review.not_here')}
        </Alert>
      )}
      {record.status === 'pending' && here && !allowed.includes('review') && record.assigneeName && (
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('titles.review.held_by_other', { name: record.assigneeName })}
        </Alert>
      )}
      {record.status === 'awaiting_submission' && (
        <Alert
          severity="info"
          sx={{ mt: 1 }}
          action={
            here ? (
              <Button
                size="small"
                component={Link}
                to={applicationsLink({ planId: record.planId, status: 'awaiting_submission', currentOrgId: 'mine' })}
              >
                {translate('titles.review.to_batch')}
              </Button>
            ) : undefined
          }
        >
          {translate('titles.review.awaiting', { org: chain[record.currentStep + 1]?.name ?? '' })}
        </Alert>
      )}
      {record.status === 'returned' && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate('titles.review.returned', {
            modules: modules(record.returnedModules),
            where:
              record.resubmitTo === 'first_level'
                ? translate('titles.review.returned_first_level')
                : translate('titles.review.returned_this_level', { org: record.currentOrgName }),
          })}
        </Alert>
      )}
      {record.status === 'approved' && (
        <Alert severity="success" sx={{ mt: 1 }}>
          {translate('titles.review.approved', { time: formatTime(record.decidedAt) })}
        </Alert>
      )}
      {record.status === 'rejected' && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {translate('titles.review.rejected', { time: formatTime(record.decidedAt) })}
        </Alert>
      )}
      {ret && record.status === 'pending' && (
        <Alert severity="warning" variant="outlined" sx={{ mt: 1 }}>
          <Typography variant="body2">
            {translate('titles.review.last_return', {
              org: ret.orgName ?? '—',
              name: ret.actorName ?? '—',
              time: formatTime(ret.at),
            })}
          </Typography>
          {ret.moduleErrors?.length ? (
            <Typography variant="body2">
              {translate('titles.review.last_return_modules', { modules: modules(ret.moduleErrors) })}
            </Typography>
          ) : null}
          {ret.opinion && <Typography variant="body2">{ret.opinion}</Typography>}
        </Alert>
      )}
    </Box>
  );
}

/** 申报人 and the application's own fields (ID and phone masked; 查看完整信息 reveals them, audited). */
function ApplicantPanel() {
  const translate = useTranslate();
  const record = useRecordContext();
  return (
    <Grid container spacing={1} sx={{ mb: 2 }}>
      {(
        [
          'applicantName',
          'applicantIdNumber',
          'applicantPhone',
          'unitOrgName',
          'planName',
          'series',
          'titleName',
        ] as const
      ).map((f) => (
        <Grid key={f} size={{ xs: 12, sm: 6, md: 3 }}>
          <Labeled source={f}>
            <TextField source={f} emptyText="—" />
          </Labeled>
        </Grid>
      ))}
      {record?.regionCodeUnknown && (
        <Grid size={{ xs: 12, sm: 6, md: 3 }} sx={{ alignSelf: 'center' }}>
          <RegionCodeChip />
        </Grid>
      )}
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Labeled source="level">
          <FunctionField source="level" render={(r: StatusRecord) => translate(`titles.level.${r.level}`)} />
        </Labeled>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Labeled source="submittedAt">
          <TimeField source="submittedAt" />
        </Labeled>
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 3 }}>
        <Labeled source="resubmittedAt">
          <TimeField source="resubmittedAt" />
        </Labeled>
      </Grid>
    </Grid>
  );
}

/** Asked when the console would leave the review page with changes the server has not saved yet. */
function LeaveDialog({ blocker }: { blocker: ReturnType<typeof useReviewDraft>['blocker'] }) {
  const translate = useTranslate();
  const blocked = blocker.state === 'blocked';
  return (
    <Dialog open={blocked} onClose={() => blocker.reset?.()}>
      <DialogTitle>{translate('titles.review.leave_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('titles.review.leave_body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={() => blocker.reset?.()}>
          {translate('titles.review.leave_stay')}
        </Button>
        <Button color="error" onClick={() => blocker.proceed?.()}>
          {translate('titles.review.leave_go')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * The nine modules one after another [003 §3.1 C], each with 有误/无误; a module the applicant changed
 * in the latest resubmission opens with what it was before. The marks feed the review form.
 */
function ReviewTab() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState<TitleModule[]>([]);
  const modules = (record?.modules as ModuleView[] | undefined) ?? [];
  // The list's copy of the record shows first and has no modules: wait for the full one.
  const loaded = modules.length > 0;
  const reviewing = !!record && loaded && (record.allowedActions as string[]).includes('review');
  // The marks and the form are the server-side draft: read again whenever the record moves on.
  const review = useReviewDraft(record?.id, reviewing, `${record?.id}:${record?.version}`);
  const marks = review.draft.marks;
  const okKey = useShortcutKey('title', 'ok');
  const wrongKey = useShortcutKey('title', 'wrong');
  // A new version (someone acted on it) opens the changed modules, else the first. Decided while
  // rendering, against the version last seen, so the page never draws the old set of open modules first.
  const versionKey = `${record?.id}:${record?.version}:${loaded}`;
  const [seenVersion, setSeenVersion] = useState<string | null>(null);
  if (seenVersion !== versionKey) {
    setSeenVersion(versionKey);
    const changed = modules.filter((m) => m.changed).map((m) => m.module);
    setOpen(changed.length ? changed : modules.slice(0, 1).map((m) => m.module));
  }
  // A restored draft goes on where it stopped: once it has loaded, the first module not marked yet opens.
  // (Starting from "was restoring" makes an already loaded draft count as just restored, as on first render.)
  const restoring = review.status === 'loading';
  const [wasRestoring, setWasRestoring] = useState(true);
  if (wasRestoring !== restoring) {
    setWasRestoring(restoring);
    const next = !restoring && Object.keys(marks).length ? modules.find((m) => !marks[m.module]) : undefined;
    if (next) setOpen((o) => (o.includes(next.module) ? o : [...o, next.module]));
  }
  const toggle = (m: TitleModule, expanded: boolean) =>
    setOpen((o) => (expanded ? [...o, m] : o.filter((x) => x !== m)));
  /** Marking a module closes it and opens the next one not yet marked: the modules one after another. */
  const mark = (m: TitleModule, v: 'ok' | 'wrong' | null) => {
    const next = { ...marks, [m]: v ?? undefined };
    if (!v) delete next[m];
    review.update({ marks: next });
    if (!v) return;
    const following = modules.slice(modules.findIndex((x) => x.module === m) + 1).find((x) => !next[x.module]);
    setOpen((o) => [
      ...o.filter((x) => x !== m),
      ...(following && !o.includes(following.module) ? [following.module] : []),
    ]);
    return following?.module;
  };
  const expand = (m: TitleModule) => setOpen((o) => (o.includes(m) ? o : [...o, m]));
  useModuleShortcuts({ modules, marks, mark, expand, enabled: reviewing });
  if (!record) return null;
  return (
    <>
      <LeaveDialog blocker={review.blocker} />
      <StatusBar />
      <ApplicantPanel />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: reviewing ? 8 : 12 }}>
          <Stack direction="row" alignItems="center" justifyContent="space-between" flexWrap="wrap">
            <Typography variant="subtitle1">{translate('titles.review.modules')}</Typography>
            {reviewing && <ShortcutHelp page="title" />}
          </Stack>
          {reviewing && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate('titles.review.modules_hint')}
            </Typography>
          )}
          {modules.map((m) => (
            <Accordion
              key={m.module}
              expanded={open.includes(m.module)}
              onChange={(_e, x) => toggle(m.module, x)}
              disableGutters
              variant="outlined"
              aria-label={m.label}
              data-module={m.module}
            >
              <AccordionSummary expandIcon={<ExpandMoreIcon />} id={moduleSummaryId(m.module)}>
                <Stack direction="row" spacing={1} alignItems="center" sx={{ flex: 1, pr: 1 }}>
                  <Typography sx={{ fontWeight: 600 }}>{translate(`titles.module.${m.module}`)}</Typography>
                  {m.changed && <Chip size="small" color="info" label={translate('titles.review.module_changed')} />}
                  {marks[m.module] === 'wrong' && (
                    <Chip size="small" color="warning" label={translate('titles.review.module_wrong')} />
                  )}
                  {marks[m.module] === 'ok' && (
                    <Chip
                      size="small"
                      color="success"
                      variant="outlined"
                      label={translate('titles.review.module_ok')}
                    />
                  )}
                </Stack>
              </AccordionSummary>
              <AccordionDetails>
                <ModuleContent content={m.content} previous={m.previous} files={m.files} />
                {reviewing && (
                  <ToggleButtonGroup
                    exclusive
                    size="small"
                    sx={{ mt: 1 }}
                    value={marks[m.module] ?? null}
                    onChange={(_e, v: 'ok' | 'wrong' | null) => mark(m.module, v)}
                    aria-label={translate('titles.review.module_mark', {
                      module: translate(`titles.module.${m.module}`),
                    })}
                  >
                    <ToggleButton value="ok" color="success" aria-keyshortcuts={okKey}>
                      {translate('titles.review.module_ok')}
                      <KeyHint k={okKey} />
                    </ToggleButton>
                    <ToggleButton value="wrong" color="warning" aria-keyshortcuts={wrongKey}>
                      {translate('titles.review.module_wrong')}
                      <KeyHint k={wrongKey} />
                    </ToggleButton>
                  </ToggleButtonGroup>
                )}
              </AccordionDetails>
            </Accordion>
          ))}
        </Grid>
        {reviewing && (
          <Grid size={{ xs: 12, lg: 4 }}>
            <Box sx={{ position: { lg: 'sticky' }, top: { lg: 72 } }}>
              <ReviewForm
                draft={review.draft}
                update={review.update}
                status={review.status}
                savedAt={review.savedAt}
                unsaved={review.unsaved}
                onReviewed={review.clear}
              />
            </Box>
          </Grid>
        )}
      </Grid>
    </>
  );
}

export function TitleApplicationShow() {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />} title={<ApplicationTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate('titles.tabs.review')}>
          <ReviewTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('titles.tabs.progress')} path="progress">
          <ProgressTimeline />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('titles.tabs.sms')} path="sms">
          <RecordNotifications relatedType="title-applications" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('titles.tabs.trail')} path="trail">
          <AuditTrail resource="title-applications" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
