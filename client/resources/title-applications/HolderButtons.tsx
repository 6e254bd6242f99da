import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import PanToolIcon from '@mui/icons-material/PanTool';
import { HttpError, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { ReviewerSelect } from './Reviewers';

/** 领取 / 转派 of the one application on screen: the list's bulk endpoints with a single id. */
function useHolderAction(action: 'claim' | 'reassign', onDone: () => void) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (data: Record<string, unknown>) => dataProvider.bulkAction('title-applications', { action, data }),
    onSuccess: async () => {
      onDone();
      notify('app.action.done', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['title-applications'] });
      refresh();
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
}

export function ClaimButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const mutation = useHolderAction('claim', () => setOpen(false));
  if (!record || !(record.allowedActions as string[]).includes('claim')) return null;
  return (
    <>
      <Button size="small" variant="contained" startIcon={<PanToolIcon />} onClick={() => setOpen(true)}>
        {translate('titles.list.claim')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate('titles.list.claim')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('titles.review.claim_confirm')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('app.action.cancel')}</Button>
          <Button variant="contained" onClick={() => mutation.mutate({ ids: [record.id] })} disabled={mutation.isPending}>
            {translate('app.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

export function ReassignButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [assigneeId, setAssigneeId] = useState<number | ''>('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useHolderAction('reassign', () => setOpen(false));
  if (!record || !(record.allowedActions as string[]).includes('reassign')) return null;
  const submit = () =>
    mutation.mutate(
      { ids: [record.id], assigneeId: assigneeId || undefined },
      { onError: (e) => setError(((e instanceof HttpError ? (e.body as { errors?: Record<string, string> })?.errors?.assigneeId : null) ?? e.message) as string) },
    );
  return (
    <>
      <Button
        size="small"
        startIcon={<AssignmentIndIcon />}
        onClick={() => {
          setAssigneeId('');
          setError(null);
          setOpen(true);
        }}
      >
        {translate('titles.list.reassign')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('titles.list.reassign')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{record.assigneeName ? translate('titles.review.reassign_current', { name: record.assigneeName }) : translate('titles.list.reassign_hint', { count: 1 })}</DialogContentText>
          <ReviewerSelect value={assigneeId} onChange={setAssigneeId} error={error} exclude={record.assigneeId as number | null} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('app.action.cancel')}</Button>
          <Button variant="contained" onClick={submit} disabled={mutation.isPending}>
            {translate('app.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
