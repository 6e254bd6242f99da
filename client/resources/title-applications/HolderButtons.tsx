import { useState } from 'react';
import { DialogContentText } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import PanToolIcon from '@mui/icons-material/PanTool';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialogButton } from '../../common/ActionDialog';
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
