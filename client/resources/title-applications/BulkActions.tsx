import { useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import PanToolIcon from '@mui/icons-material/PanTool';
import SendIcon from '@mui/icons-material/Send';
import { HttpError, useDataProvider, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { ReviewerSelect } from './Reviewers';

interface Blocker {
  id: number;
  applicantName: string | null;
  reason: string;
}

/** The server's answer to a refused bulk action: its message, field errors, and each application that blocked it. */
function problemOf(e: unknown) {
  const body = e instanceof HttpError ? (e.body as { message?: string; errors?: Record<string, string>; details?: Blocker[] } | undefined) : undefined;
  return { message: (e as Error).message, errors: body?.errors ?? {}, blockers: body?.details ?? [] };
}
type Problem = ReturnType<typeof problemOf>;

/**
 * One dialog per bulk action: the selection goes to the server in ONE request; it moves all or
 * nothing, and a refusal lists each blocking application (with a link) and why.
 */
function BulkDialog(props: {
  label: string;
  icon: ReactNode;
  color?: 'primary' | 'warning';
  children: (problem: Problem | null) => ReactNode;
  onOpen?: () => void;
  send: (ids: number[]) => Promise<string>;
}) {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('title-applications');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      notify(await props.send(selectedIds as number[]), { type: 'success' });
      setOpen(false);
      unselectAll();
      await queryClient.invalidateQueries({ queryKey: ['title-applications'] });
      refresh();
    } catch (e) {
      setProblem(problemOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        color={props.color ?? 'primary'}
        startIcon={props.icon}
        onClick={() => {
          setProblem(null);
          props.onOpen?.();
          setOpen(true);
        }}
      >
        {props.label}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{props.label}</DialogTitle>
        <DialogContent>
          {props.children(problem)}
          {problem && (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {problem.blockers.length ? translate('titles.list.blocked') : problem.message}
              {problem.blockers.length > 0 && (
                <List dense disablePadding>
                  {problem.blockers.map((b) => (
                    <ListItem key={b.id} disableGutters>
                      <ListItemText primary={`#${b.id}${b.applicantName ? ` ${b.applicantName}` : ''}`} secondary={b.reason} />
                    </ListItem>
                  ))}
                </List>
              )}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>
            {translate('app.action.cancel')}
          </Button>
          <Button variant="contained" onClick={submit} disabled={busy}>
            {translate('app.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function ClaimButton() {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  return (
    <BulkDialog
      label={translate('titles.list.claim')}
      icon={<PanToolIcon />}
      send={async (ids) => {
        const { data } = await dataProvider.bulkAction<{ count: number }>('title-applications', { action: 'claim', data: { ids } });
        return translate('titles.list.done', { count: data.count });
      }}
    >
      {() => <DialogContentText>{translate('titles.list.claim_confirm', { count: selectedIds.length })}</DialogContentText>}
    </BulkDialog>
  );
}

function ReassignButton() {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [assigneeId, setAssigneeId] = useState<number | ''>('');
  return (
    <BulkDialog
      label={translate('titles.list.reassign')}
      icon={<AssignmentIndIcon />}
      onOpen={() => setAssigneeId('')}
      send={async (ids) => {
        const { data } = await dataProvider.bulkAction<{ count: number }>('title-applications', { action: 'reassign', data: { ids, assigneeId: assigneeId || undefined } });
        return translate('titles.list.done', { count: data.count });
      }}
    >
      {(problem) => (
        <>
          <DialogContentText sx={{ mb: 2 }}>{translate('titles.list.reassign_hint', { count: selectedIds.length })}</DialogContentText>
          <ReviewerSelect value={assigneeId} onChange={setAssigneeId} error={problem?.errors.assigneeId} />
        </>
      )}
    </BulkDialog>
  );
}

const ACCEPT = '.pdf,.jpg,.jpeg,.png,.doc,.docx';

/** 批量送审 [003 §3.1 D–E]: the selected 待送审 applications up one level, with the 推荐报告/申报函. */
function BatchSubmitButton() {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <BulkDialog
      label={translate('titles.list.batch')}
      icon={<SendIcon />}
      onOpen={() => {
        setFile(null);
        setNote('');
        setMissing(false);
      }}
      send={async (ids) => {
        if (!file) {
          setMissing(true);
          throw new Error(translate('titles.list.batch_attachment_required'));
        }
        const { data } = await dataProvider.create('submission-batches', { data: { applicationIds: ids.join(','), note, attachment: { rawFile: file } } });
        return translate('titles.list.batch_done', { count: ids.length, id: data.id });
      }}
    >
      {(problem) => {
        const fileError = problem?.errors.attachment ?? (missing && !file ? translate('titles.list.batch_attachment_required') : null);
        return (
          <>
            <DialogContentText sx={{ mb: 2 }}>{translate('titles.list.batch_hint', { count: selectedIds.length })}</DialogContentText>
            <Typography variant="subtitle2">{translate('titles.list.batch_attachment')} *</Typography>
            <Button component="label" variant="outlined" size="small" sx={{ mt: 1 }}>
              {translate('titles.list.batch_attachment_pick')}
              <input
                hidden
                type="file"
                name="attachment"
                accept={ACCEPT}
                aria-label={translate('titles.list.batch_attachment')}
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setMissing(false);
                }}
              />
            </Button>
            <Typography variant="body2" sx={{ ml: 1, display: 'inline' }} color={fileError ? 'error' : 'text.primary'}>
              {file?.name ?? fileError ?? ''}
            </Typography>
            <TextField
              fullWidth
              multiline
              minRows={2}
              name="note"
              sx={{ mt: 2 }}
              label={translate('titles.list.batch_note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              error={!!problem?.errors.note}
              helperText={problem?.errors.note ?? ' '}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          </>
        );
      }}
    </BulkDialog>
  );
}

/** The list's bulk buttons for the slice on screen: 领取/转派 for 待审, 批量送审 for 待送审. */
export function BulkActions() {
  const { filterValues } = useListContext();
  const status = filterValues.status as string | undefined;
  return (
    <>
      {(!status || status === 'pending') && <ClaimButton />}
      {(!status || status === 'pending') && <ReassignButton />}
      {(!status || status === 'awaiting_submission') && <BatchSubmitButton />}
    </>
  );
}
