import { useState } from 'react';
import { DialogContentText, TextField } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import PanToolIcon from '@mui/icons-material/PanTool';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton, FormRefusal } from '../../common/ActionDialog';
import { ActionButton } from '../../common/ActionButton';
import type { AppDataProvider } from '../../providers/dataProvider';
import { ReviewerSelect } from './Reviewers';

/** 领取 / 转派 of the one application on screen: the list's bulk endpoints with a single id. */
export function ClaimButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  if (!record || !(record.allowedActions as string[]).includes('claim')) return null;
  return (
    <ActionDialogButton
      label={translate('titles.list.claim')}
      icon={<PanToolIcon />}
      variant="contained"
      send={() => dataProvider.claimTitleApplications([record.id])}
    >
      <DialogContentText>{translate('titles.review.claim_confirm')}</DialogContentText>
    </ActionDialogButton>
  );
}

export function ReassignButton() {
  const record = useRecordContext<{
    id: number;
    assigneeId: number | null;
    assigneeName: string | null;
    allowedActions: string[];
  }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [assigneeId, setAssigneeId] = useState<number | ''>('');
  if (!record || !record.allowedActions.includes('reassign')) return null;
  return (
    <ActionDialogButton
      label={translate('titles.list.reassign')}
      icon={<AssignmentIndIcon />}
      maxWidth="xs"
      onOpen={() => setAssigneeId('')}
      send={() => dataProvider.reassignTitleApplications([record.id], assigneeId || undefined)}
    >
      {(refusal) => (
        <>
          <DialogContentText sx={{ mb: 2 }}>
            {record.assigneeName
              ? translate('titles.review.reassign_current', { name: record.assigneeName })
              : translate('titles.list.reassign_hint', { count: 1 })}
          </DialogContentText>
          <ReviewerSelect
            value={assigneeId}
            onChange={setAssigneeId}
            error={refusal?.errors.assigneeId}
            exclude={record.assigneeId}
          />
        </>
      )}
    </ActionDialogButton>
  );
}

/** 撤回: the pass taken back, or what this org sent up while the next level has not acted (the server decides which). */
export function WithdrawButton() {
  const translate = useTranslate();
  return (
    <ActionButton
      resource="title-applications"
      action="withdraw"
      label={translate('titleWithdrawUrge.withdraw.button')}
      confirm={translate('titleWithdrawUrge.withdraw.confirm')}
      reason
      reasonLabel={translate('titleWithdrawUrge.withdraw.reason')}
      done={translate('titleWithdrawUrge.withdraw.done')}
      icon={<UndoIcon />}
      color="warning"
    />
  );
}

/** 催办 by a higher level of the chain: a message to the org that holds it (SMS and its review home). */
export function UrgeButton() {
  const record = useRecordContext<{ id: number; currentOrgName: string; allowedActions: string[] }>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [message, setMessage] = useState('');
  if (!record || !record.allowedActions.includes('urge')) return null;
  return (
    <ActionDialogButton
      label={translate('titleWithdrawUrge.urge.button')}
      icon={<NotificationsActiveIcon />}
      onOpen={() => setMessage('')}
      send={() => {
        if (!message.trim())
          throw new FormRefusal(translate('app.action.reason_required'), {
            message: translate('app.action.reason_required'),
          });
        return dataProvider.urgeTitleApplication(record.id, message.trim());
      }}
      done={(r) => translate('titleWithdrawUrge.urge.done', { count: r.notified.length })}
    >
      {(refusal) => (
        <>
          <DialogContentText sx={{ mb: 2 }}>
            {translate('titleWithdrawUrge.urge.confirm', { org: record.currentOrgName })}
          </DialogContentText>
          <TextField
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog has just opened on its one field; focus moves into it as the dialog pattern asks
            autoFocus
            fullWidth
            multiline
            minRows={2}
            required
            label={translate('titleWithdrawUrge.urge.message')}
            value={message}
            error={!!refusal?.errors.message}
            helperText={refusal?.errors.message ?? ' '}
            onChange={(e) => setMessage(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
        </>
      )}
    </ActionDialogButton>
  );
}
