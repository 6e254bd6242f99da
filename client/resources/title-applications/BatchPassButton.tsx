import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  TextField,
} from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useDataProvider, useListContext, useTranslate, useUnselectAll } from 'react-admin';
import { ActionDialogButton, FormRefusal } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';
import type { BatchPassOutcome } from './statsTypes';

/** Each selected application and what became of it. */
function BatchPassResult({ results, onClose }: { results: BatchPassOutcome[] | null; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Dialog open={!!results} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('titleStats.batchPass.result_title')}</DialogTitle>
      <DialogContent>
        <List dense aria-label={translate('titleStats.batchPass.result_title')}>
          {(results ?? []).map((r) => (
            <ListItem key={r.id} divider data-outcome={r.outcome}>
              <ListItemText
                primary={`#${r.id} · ${translate(`titleStats.batchPass.${r.outcome}`)}`}
                secondary={r.reason}
                slotProps={{ primary: { color: r.outcome === 'passed' ? 'success.main' : 'error.main' } }}
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('titleStats.batchPass.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * 批量通过 (above the employer unit; the server refuses it there): a confirmation that names the count
 * and takes one opinion, then the per-item result — each application is its own review.
 */
export function BatchPassButton() {
  const translate = useTranslate();
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const unselectAll = useUnselectAll('title-applications');
  const [opinion, setOpinion] = useState('');
  const [results, setResults] = useState<BatchPassOutcome[] | null>(null);
  return (
    <>
      <ActionDialogButton
        label={translate('titleStats.batchPass.button')}
        icon={<DoneAllIcon />}
        onOpen={() => setOpinion('')}
        send={async () => {
          if (!opinion.trim())
            throw new FormRefusal(translate('titleStats.batchPass.opinion_required'), {
              opinion: translate('titleStats.batchPass.opinion_required'),
            });
          return dataProvider.batchPassTitleApplications(selectedIds as number[], opinion);
        }}
        done={(r) => {
          const passed = r.filter((x) => x.outcome === 'passed').length;
          return translate('titleStats.batchPass.done', { passed, refused: r.length - passed });
        }}
        // The selection is kept until the result is read: clearing it folds this toolbar, and the result with it.
        onDone={setResults}
      >
        {(problem) => (
          <>
            <DialogContentText sx={{ mb: 2 }}>
              {translate('titleStats.batchPass.confirm', { count: selectedIds.length })}
            </DialogContentText>
            <TextField
              fullWidth
              multiline
              minRows={2}
              name="opinion"
              label={translate('titleStats.batchPass.opinion')}
              value={opinion}
              onChange={(e) => setOpinion(e.target.value)}
              error={!!problem?.errors.opinion}
              helperText={problem?.errors.opinion ?? ' '}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
          </>
        )}
      </ActionDialogButton>
      <BatchPassResult
        results={results}
        onClose={() => {
          setResults(null);
          unselectAll();
        }}
      />
    </>
  );
}
