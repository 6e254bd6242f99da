import { useState } from 'react';
import { DialogContentText, TextField, Typography } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import PanToolIcon from '@mui/icons-material/PanTool';
import SendIcon from '@mui/icons-material/Send';
import { useDataProvider, useListContext, useTranslate, useUnselectAll } from 'react-admin';
import { ActionDialogButton, FormRefusal, type ActionDialogButtonProps } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';
import { ReviewerSelect } from './Reviewers';
import { FilePickButton } from '../../common/FilePicker';
import { BatchPassButton } from './BatchPassButton';
import { ReportChoice, useReportChoice } from './ReportChoice';

/**
 * A bulk action's dialog: the selection goes to the server in ONE request; it moves all or nothing,
 * and a refusal lists each blocking application and why.
 */
function BulkDialog(
  props: Omit<ActionDialogButtonProps<string>, 'send' | 'done' | 'onDone'> & {
    send: (ids: number[]) => Promise<string>;
  },
) {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const unselectAll = useUnselectAll('title-applications');
  const { send, ...rest } = props;
  return (
    <ActionDialogButton
      {...rest}
      blockedLabel={translate('titles.list.blocked')}
      send={() => send(selectedIds as number[])}
      done={(message) => message}
      onDone={() => unselectAll()}
    />
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
        const { count } = await dataProvider.claimTitleApplications(ids);
        return translate('titles.list.done', { count });
      }}
    >
      {() => (
        <DialogContentText>{translate('titles.list.claim_confirm', { count: selectedIds.length })}</DialogContentText>
      )}
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
        const { count } = await dataProvider.reassignTitleApplications(ids, assigneeId || undefined);
        return translate('titles.list.done', { count });
      }}
    >
      {(problem) => (
        <>
          <DialogContentText sx={{ mb: 2 }}>
            {translate('titles.list.reassign_hint', { count: selectedIds.length })}
          </DialogContentText>
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
  const planId = (useListContext().filterValues as { planId?: number }).planId;
  const report = useReportChoice(planId);
  return (
    <BulkDialog
      label={translate('titles.list.batch')}
      icon={<SendIcon />}
      onOpen={() => {
        setFile(null);
        setNote('');
        report.reset();
      }}
      send={async (ids) => {
        const reportId = await report.chosenId();
        if (!file && !reportId)
          throw new FormRefusal(translate('titles.list.batch_attachment_required'), {
            attachment: translate('titles.list.batch_attachment_required'),
          });
        const { data } = await dataProvider.create('submission-batches', {
          data: reportId
            ? { applicationIds: ids.join(','), note, reportId }
            : { applicationIds: ids.join(','), note, attachment: { rawFile: file } },
        });
        return translate('titles.list.batch_done', { count: ids.length, id: data.id });
      }}
    >
      {(problem) => {
        const fileError = file ? null : problem?.errors.attachment;
        return (
          <>
            <DialogContentText sx={{ mb: 2 }}>
              {translate('titles.list.batch_hint', { count: selectedIds.length })}
            </DialogContentText>
            <ReportChoice choice={report} />
            {!report.using && (
              <>
                <Typography variant="subtitle2">{translate('titles.list.batch_attachment')} *</Typography>
                <FilePickButton
                  what={translate('titles.list.batch_attachment')}
                  name="attachment"
                  accept={ACCEPT}
                  file={file}
                  error={fileError}
                  onChange={setFile}
                />
              </>
            )}
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
  const list = useListContext<{
    id: number;
    currentStep: number;
    chain: { level: string }[];
  }>();
  const data = list.data ?? [];
  const status = (list.filterValues as { status?: string }).status;
  // 批量通过 is for the levels above the employer unit (the server refuses it there, and says why per item).
  const aboveUnit = data.some((r) => r.chain[r.currentStep]?.level !== 'unit');
  return (
    <>
      {status === 'pending' && aboveUnit && <BatchPassButton />}
      {(!status || status === 'pending') && <ClaimButton />}
      {(!status || status === 'pending') && <ReassignButton />}
      {(!status || status === 'awaiting_submission') && <BatchSubmitButton />}
    </>
  );
}
