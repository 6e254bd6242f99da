import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useListContext, useTranslate, useUnselectAll, type RaRecord } from 'react-admin';
import { ActionDialogButton, FormRefusal } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';
import { useAgents } from './AssigneeFilter';

/** What a bulk claim or assignment did with one appeal (POST /api/appeals/claim, /api/appeals/assign). */
export interface BulkOutcome {
  id: number;
  result: 'claimed' | 'assigned' | 'refused' | 'not_found';
  name?: string;
  reason?: string;
}

/** Each selected appeal and what became of it, after the request. */
function BulkResult({ results, onClose }: { results: BulkOutcome[] | null; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open={!!results} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('appeals.bulk.result_title')}</DialogTitle>
      <DialogContent>
        <List dense aria-label={translate('appeals.bulk.result_title')}>
          {(results ?? []).map((r) => (
            <ListItem key={r.id} divider data-result={r.result}>
              <ListItemText
                primary={`#${r.id}${r.name ? ` ${r.name}` : ''} · ${translate(`appeals.bulk.result.${r.result}`)}`}
                secondary={r.reason}
                slotProps={{
                  primary: { color: r.result === 'claimed' || r.result === 'assigned' ? 'success.main' : 'error.main' },
                }}
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('appeals.bulk.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

function useBulk() {
  const translate = useTranslate();
  const unselectAll = useUnselectAll('appeals');
  const [results, setResults] = useState<BulkOutcome[] | null>(null);
  const done = ({ results: r }: { results: BulkOutcome[] }) => {
    const ok = r.filter((x) => x.result === 'claimed' || x.result === 'assigned').length;
    return translate('appeals.bulk.done', { done: ok, refused: r.length - ok });
  };
  // The selection is kept until the result is read: clearing it removes this toolbar, and the result with it.
  const onDone = ({ results: r }: { results: BulkOutcome[] }) => setResults(r);
  const close = () => {
    setResults(null);
    unselectAll();
  };
  return { results, close, done, onDone };
}

/** 批量领取: the selected appeals become the caller's; each one taken or not is listed afterwards. */
function BulkClaimButton() {
  const { selectedIds } = useListContext<RaRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const bulk = useBulk();
  return (
    <>
      <ActionDialogButton
        label={translate('appeals.bulk.claim')}
        variant="contained"
        send={() => dataProvider.claimAppeals(selectedIds)}
        done={bulk.done}
        onDone={bulk.onDone}
      >
        <Typography variant="body2">{translate('appeals.bulk.claim_hint', { count: selectedIds.length })}</Typography>
      </ActionDialogButton>
      <BulkResult results={bulk.results} onClose={bulk.close} />
    </>
  );
}

/** 批量转派 to one agent. */
function BulkAssignButton() {
  const { selectedIds } = useListContext<RaRecord>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: agents = [] } = useAgents();
  const [assigneeId, setAssigneeId] = useState<number | ''>('');
  const bulk = useBulk();
  const send = () => {
    if (!assigneeId)
      throw new FormRefusal(translate('appeals.bulk.pick_agent'), { assigneeId: translate('appeals.bulk.pick_agent') });
    return dataProvider.assignAppeals(selectedIds, assigneeId);
  };
  return (
    <>
      <ActionDialogButton
        label={translate('appeals.bulk.assign')}
        onOpen={() => setAssigneeId('')}
        send={async () => send()}
        done={bulk.done}
        onDone={bulk.onDone}
      >
        {(refusal) => (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('appeals.bulk.assign_hint', { count: selectedIds.length })}
            </Typography>
            <TextField
              select
              fullWidth
              name="assigneeId"
              label={translate('appeals.bulk.agent')}
              value={assigneeId}
              onChange={(e) => setAssigneeId(Number(e.target.value))}
              error={!!refusal?.errors.assigneeId}
              helperText={refusal?.errors.assigneeId ?? ' '}
            >
              {agents.map((a) => (
                <MenuItem key={a.id} value={a.id}>
                  {a.name}（{a.username}）
                </MenuItem>
              ))}
            </TextField>
          </>
        )}
      </ActionDialogButton>
      <BulkResult results={bulk.results} onClose={bulk.close} />
    </>
  );
}

/** The queue's bulk toolbar: claim or reassign the ticked appeals in one request. */
export function AppealBulkActions() {
  return (
    <>
      <BulkClaimButton />
      <BulkAssignButton />
    </>
  );
}
