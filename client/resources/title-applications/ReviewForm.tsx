import { useRef, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  DialogContentText,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import {
  useCreate,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { ActionDialog } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';
import { formatTime } from '../../common/format';
import { KeyHint } from '../../common/KeyHint';
import { useShortcutKey, useShortcuts } from '../../common/useShortcuts';
import { REVIEW_FORM_ID } from './useModuleShortcuts';
import { TITLE_MODULES, type ChainStep } from './choices';
import type { DraftStatus, Result, ReviewDraft } from './useReviewDraft';

interface ReviewFormProps {
  draft: ReviewDraft;
  update: (patch: Partial<ReviewDraft>) => void;
  status: DraftStatus;
  savedAt: string | null;
  unsaved: boolean;
  /** The review went through (the server dropped the draft). */
  onReviewed: () => void;
}

/** Where the draft stands, in one line under the form. */
function draftLine(
  translate: (key: string, opts?: Record<string, unknown>) => string,
  status: DraftStatus,
  savedAt: string | null,
  unsaved: boolean,
) {
  if (status === 'loading') return translate('titles.review.draft_loading');
  if (status === 'error') return translate('titles.review.draft_error');
  if (status === 'saving') return translate('titles.review.draft_saving');
  if (unsaved) return translate('titles.review.draft_unsaved');
  return savedAt ? translate('titles.review.draft_saved', { time: formatTime(savedAt) }) : '';
}

export type { Marks } from './useReviewDraft';

/**
 * The review result [003 §3.1 C]: pass, return (the modules marked 有误, to the applicant or an
 * earlier level of this application's chain; for the applicant, where the resubmission goes), or
 * fail; the opinion typed or picked from the common opinions written for the chosen result.
 * Everything on it lives in the review draft (saved on the server as it changes). Confirmed before
 * it is sent; the server checks it again and its field messages land under the fields.
 */
/** What the review form reads of the application (API.md, GET /title-applications/:id). */
interface ReviewRecord extends RaRecord {
  chain: ChainStep[];
  currentStep: number;
  version: number;
}

export function ReviewForm({ draft, update, status, savedAt, unsaved, onReviewed }: ReviewFormProps) {
  const record = useRecordContext<ReviewRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { marks, result, returnTo, resubmitTo, opinion } = draft;
  const setResult = (v: Result) => update({ result: v });
  const setReturnTo = (v: string) => update({ returnTo: v });
  const setResubmitTo = (v: 'this_level' | 'first_level') => update({ resubmitTo: v });
  const setOpinion = (v: string) => update({ opinion: v });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirming, setConfirming] = useState(false);
  // The common opinions written for the chosen result (and those for any result); before a result is chosen, all of them.
  const { data: opinions = [], refetch: refetchOpinions } = useGetList<{ id: number; text: string }>('audit-opinions', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'sortOrder', order: 'ASC' },
    filter: result ? { forResult: result } : {},
  });
  const [createOpinion, { isPending: savingOpinion }] = useCreate();
  /** 维护自定义意见 without leaving the page: the typed opinion becomes one of the reviewer's own. */
  const saveOpinion = () =>
    createOpinion(
      'audit-opinions',
      { data: { text: opinion.trim(), result: result || null } },
      {
        onSuccess: () => {
          notify('titles.review.opinion_saved', { type: 'success' });
          void refetchOpinions();
        },
        onError: (e) => notify((e as Error).message, { type: 'error' }),
      },
    );
  const known = opinions.some((o) => o.text === opinion.trim());
  const formRef = useRef<HTMLElement>(null);
  const [commonOpen, setCommonOpen] = useState(false);
  const inForm = <T extends HTMLElement>(selector: string) => formRef.current?.querySelector<T>(selector);
  /** A result by its key: chosen, and focus on its radio (the arrows then move between the three). */
  const choose = (v: Result) => {
    setResult(v);
    inForm(`input[name="result"][value="${v}"]`)?.focus();
  };
  useShortcuts(
    'title',
    {
      pass: () => choose('pass'),
      return: () => choose('return'),
      reject: () => choose('reject'),
      common: () => {
        inForm('.common-opinion [role="combobox"]')?.focus();
        if (opinions.length) setCommonOpen(true);
      },
      opinion: () => inForm('textarea[name="opinion"]')?.focus(),
      // Fire and forget: check() opens the confirmation or shows what is missing under the fields.
      submit: () => check(),
    },
    { enabled: !!record, leaveTo: formRef },
  );
  const key = {
    pass: useShortcutKey('title', 'pass'),
    return: useShortcutKey('title', 'return'),
    reject: useShortcutKey('title', 'reject'),
    common: useShortcutKey('title', 'common'),
    opinion: useShortcutKey('title', 'opinion'),
    submit: useShortcutKey('title', 'submit'),
  };
  const resultLabel = (v: Result, text: string) => (
    <>
      {text}
      <KeyHint k={key[v]} />
    </>
  );
  if (!record) return null;
  const chain = record.chain;
  const last = record.currentStep === chain.length - 1;
  const wrong = TITLE_MODULES.filter((m) => marks[m] === 'wrong');
  const marked = TITLE_MODULES.filter((m) => marks[m]).length;
  const earlier = chain.slice(0, record.currentStep);
  const moduleNames = wrong.map((m) => translate(`titles.module.${m}`)).join('、');
  const targetName =
    returnTo === 'applicant'
      ? translate('titles.review.return_applicant')
      : (chain.find((s) => String(s.orgId) === returnTo)?.name ?? '');

  /** What the clerk can be told before anything is sent; the server decides the rest. */
  const check = () => {
    const e: Record<string, string> = {};
    if (!result) e.result = translate('titles.review.result_required');
    if (result === 'pass' && marked < TITLE_MODULES.length)
      e.moduleErrors = translate('titles.review.pass_unmarked', { done: marked, total: TITLE_MODULES.length });
    if (result === 'pass' && wrong.length) e.moduleErrors = translate('titles.review.pass_blocked');
    if (result === 'return' && !wrong.length) e.moduleErrors = translate('titles.review.problem_modules_hint');
    if (result === 'return' && returnTo === 'applicant' && !resubmitTo)
      e.resubmitTo = translate('titles.review.resubmit_required');
    if (!opinion.trim()) e.opinion = translate('ra.validation.required');
    setErrors(e);
    if (!Object.keys(e).length) setConfirming(true);
  };
  const send = () =>
    dataProvider.reviewTitleApplication(record.id, {
      result,
      opinion: opinion.trim(),
      moduleErrors: result === 'pass' ? [] : wrong,
      returnTo: result === 'return' ? (returnTo === 'applicant' ? 'applicant' : Number(returnTo)) : null,
      resubmitTo: result === 'return' && returnTo === 'applicant' ? resubmitTo : null,
      version: record.version,
    });
  const nextOrg = chain[record.currentStep + 1]?.name ?? '';
  const confirmText =
    result === 'pass'
      ? translate(last ? 'titles.review.confirm_pass_final' : 'titles.review.confirm_pass', { org: nextOrg })
      : result === 'return'
        ? translate('titles.review.confirm_return', { target: targetName, modules: moduleNames })
        : translate('titles.review.confirm_reject');

  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={translate('titles.review.form')}
      id={REVIEW_FORM_ID}
      ref={formRef}
      tabIndex={-1}
    >
      <CardHeader title={translate('titles.review.form')} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent sx={{ pt: 0 }}>
        <Stack spacing={2}>
          <FormControl error={!!errors.result}>
            <FormLabel>{translate('titles.review.result')}</FormLabel>
            <RadioGroup
              row
              name="result"
              value={result}
              onChange={(e) => setResult(e.target.value as Result)}
              aria-describedby={errors.result ? 'review-result-error' : undefined}
            >
              <FormControlLabel
                value="pass"
                control={<Radio slotProps={{ input: { 'aria-keyshortcuts': key.pass } }} />}
                label={resultLabel(
                  'pass',
                  translate(last ? 'titles.review.result_pass_final' : 'titles.review.result_pass'),
                )}
              />
              <FormControlLabel
                value="return"
                control={<Radio slotProps={{ input: { 'aria-keyshortcuts': key.return } }} />}
                label={resultLabel('return', translate('titles.review.result_return'))}
              />
              <FormControlLabel
                value="reject"
                control={<Radio slotProps={{ input: { 'aria-keyshortcuts': key.reject } }} />}
                label={resultLabel('reject', translate('titles.review.result_reject'))}
              />
            </RadioGroup>
            {errors.result && <FormHelperText id="review-result-error">{errors.result}</FormHelperText>}
          </FormControl>

          {result === 'return' && (
            <>
              <Box>
                <FormLabel>{translate('titles.review.problem_modules')}</FormLabel>
                <Stack direction="row" spacing={0.5} flexWrap="wrap" useFlexGap sx={{ mt: 0.5 }}>
                  {wrong.map((m) => (
                    <Chip key={m} size="small" color="warning" label={translate(`titles.module.${m}`)} />
                  ))}
                </Stack>
                <FormHelperText error={!!errors.moduleErrors}>
                  {errors.moduleErrors ?? (wrong.length ? ' ' : translate('titles.review.problem_modules_hint'))}
                </FormHelperText>
              </Box>
              <TextField
                select
                name="returnTo"
                label={translate('titles.review.return_to')}
                value={returnTo}
                onChange={(e) => setReturnTo(e.target.value)}
                error={!!errors.returnTo}
                helperText={errors.returnTo ?? ' '}
              >
                <MenuItem value="applicant">{translate('titles.review.return_applicant')}</MenuItem>
                {earlier.map((s) => (
                  <MenuItem key={s.orgId} value={String(s.orgId)}>
                    {s.name}（{translate(`titles.org_level.${s.level}`, { _: s.level })}）
                  </MenuItem>
                ))}
              </TextField>
              {returnTo === 'applicant' && (
                <FormControl error={!!errors.resubmitTo}>
                  <FormLabel>{translate('titles.review.resubmit_to')}</FormLabel>
                  <RadioGroup
                    row
                    name="resubmitTo"
                    aria-describedby={errors.resubmitTo ? 'review-resubmit-error' : undefined}
                    value={resubmitTo}
                    onChange={(e) => setResubmitTo(e.target.value as 'this_level' | 'first_level')}
                  >
                    <FormControlLabel
                      value="this_level"
                      control={<Radio />}
                      label={translate('titles.review.this_level')}
                    />
                    <FormControlLabel
                      value="first_level"
                      control={<Radio />}
                      label={translate('titles.review.first_level')}
                    />
                  </RadioGroup>
                  <FormHelperText id="review-resubmit-error">{errors.resubmitTo ?? ' '}</FormHelperText>
                </FormControl>
              )}
            </>
          )}
          {result === 'pass' && errors.moduleErrors && <Alert severity="warning">{errors.moduleErrors}</Alert>}

          <TextField
            select
            name="commonOpinion"
            className="common-opinion"
            label={
              <>
                {result
                  ? translate('titles.review.common_for_result', {
                      result: translate(`titles.review.result_${result}`),
                    })
                  : translate('titles.review.common_opinion')}
                <KeyHint k={key.common} />
              </>
            }
            value=""
            onChange={(e) => setOpinion(e.target.value)}
            helperText={opinions.length ? ' ' : translate('titles.review.common_none')}
            slotProps={{
              select: {
                open: commonOpen,
                onOpen: () => setCommonOpen(true),
                onClose: () => setCommonOpen(false),
                SelectDisplayProps: { 'aria-keyshortcuts': key.common },
              },
            }}
          >
            {opinions.map((o) => (
              <MenuItem key={o.id} value={o.text} sx={{ whiteSpace: 'normal' }}>
                {o.text}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            multiline
            minRows={3}
            required
            name="opinion"
            label={
              <>
                {translate('titles.review.opinion')}
                <KeyHint k={key.opinion} />
              </>
            }
            value={opinion}
            onChange={(e) => setOpinion(e.target.value)}
            error={!!errors.opinion}
            helperText={errors.opinion ?? ' '}
            slotProps={{ htmlInput: { maxLength: 500, 'aria-keyshortcuts': key.opinion } }}
          />
          <Box sx={{ mt: -2 }}>
            <Button
              size="small"
              // Fire and forget: a failed save is notified by its onError.
              onClick={() => void saveOpinion()}
              disabled={!opinion.trim() || known || savingOpinion || opinion.trim().length > 200}
            >
              {translate('titles.review.save_opinion')}
            </Button>
          </Box>
          {errors._ && !errors.opinion && !errors.moduleErrors && !errors.returnTo && !errors.resubmitTo && (
            <Alert severity="error">{errors._}</Alert>
          )}
          <Box>
            <Button variant="contained" onClick={check} aria-keyshortcuts={key.submit}>
              {translate('titles.review.submit')}
              <KeyHint k={key.submit} />
            </Button>
            {/* Said as it changes (the module walk happens above, away from this line). */}
            <Typography variant="caption" color="text.secondary" sx={{ ml: 2 }} role="status">
              {translate('titles.review.marked', { done: marked, total: TITLE_MODULES.length })}
            </Typography>
            <Typography
              variant="caption"
              color={status === 'error' ? 'error' : 'text.secondary'}
              sx={{ display: 'block', mt: 0.5 }}
              role="status"
              data-testid="draft-status"
            >
              {draftLine(translate, status, savedAt, unsaved)}
            </Typography>
          </Box>
        </Stack>
      </CardContent>
      <ActionDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={translate('titles.review.confirm_title')}
        confirmColor={result === 'reject' ? 'error' : 'primary'}
        send={send}
        onDone={onReviewed}
        onRefused={(refusal) => {
          // The server's field messages belong under the form's own fields, behind the dialog.
          setConfirming(false);
          setErrors({ ...refusal.errors, _: refusal.message });
        }}
      >
        <DialogContentText sx={{ mb: 1 }} color={result === 'reject' ? 'error' : undefined}>
          {confirmText}
        </DialogContentText>
        <Typography variant="body2">
          {translate('titles.review.opinion')}：{opinion.trim()}
        </Typography>
      </ActionDialog>
    </Card>
  );
}
