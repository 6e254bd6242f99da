import { useState } from 'react';
import {
  Alert,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { ListButton, TopToolbar, useGetList, useTranslate, type Identifier } from 'react-admin';
import { ActionButton } from '../../common/ActionButton';
import { PiiRevealButton } from '../../common/PiiRevealButton';
import { useAgents } from './AssigneeFilter';
import { ChangeDiff } from './ChangeDiff';
import { MATERIAL_FIELDS, type AppealMaterial } from './choices';
import { DecisionButton } from './DecisionButton';

/** The appeal's fields the dialogs read (API.md, GET /api/appeals/:id); optional, as DecisionButton passes any record. */
interface AppealRecord {
  id: Identifier;
  type?: string;
  phone?: string;
  assigneeId?: number | null;
  assigneeName?: string | null;
  materials?: AppealMaterial[] | null;
}

function AssignButton() {
  const translate = useTranslate();
  const { data: agents = [] } = useAgents();
  const [assigneeId, setAssigneeId] = useState<number | ''>('');
  return (
    <DecisionButton
      action="assign"
      allowedAs="assign"
      label={translate('appeals.action.assign')}
      onOpen={() => setAssigneeId('')}
      data={() => (assigneeId ? { assigneeId } : translate('appeals.assign.agent'))}
      body={(errors, record: AppealRecord) => (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('appeals.assign.hint')}
            {record.assigneeName ? ` ${translate('appeals.assign.current', { name: record.assigneeName })}` : ''}
          </Typography>
          <TextField
            select
            fullWidth
            name="assigneeId"
            label={translate('appeals.assign.agent')}
            value={assigneeId}
            onChange={(e) => setAssigneeId(Number(e.target.value))}
            error={!!(errors.assigneeId || errors._)}
            helperText={errors.assigneeId ?? errors._ ?? ' '}
          >
            {agents
              .filter((a) => a.id !== record.assigneeId)
              .map((a) => (
                <MenuItem key={a.id} value={a.id}>
                  {a.name}（{a.username}）
                </MenuItem>
              ))}
          </TextField>
        </>
      )}
    />
  );
}

/** What approval needs (every material checked acceptable; the server refuses otherwise), as it stands now. */
function ChecklistState({ materials }: { materials: AppealMaterial[] }) {
  const translate = useTranslate();
  const label = (m: AppealMaterial) => translate(`appeals.material.${m.field}`, { _: m.label });
  const unchecked = materials.filter((m) => !m.verdict);
  const bad = materials.filter((m) => m.verdict === 'unacceptable');
  const ok = materials.length - unchecked.length - bad.length;
  const all = !unchecked.length && !bad.length;
  return (
    <Alert severity={all ? 'success' : 'warning'} sx={{ mb: 2 }} role="status">
      {all
        ? translate('appeals.confirm.approve_checklist_ok', { total: materials.length })
        : translate('appeals.confirm.approve_checklist', {
            done: materials.length - unchecked.length,
            total: materials.length,
            ok,
          })}
      {!all && (
        <Typography variant="body2">
          {translate('appeals.confirm.approve_checklist_missing', {
            unchecked: unchecked.map(label).join('、') || '—',
            bad: bad.map(label).join('、') || '—',
          })}
        </Typography>
      )}
    </Alert>
  );
}

function ApproveButton() {
  const translate = useTranslate();
  const [note, setNote] = useState('');
  return (
    <DecisionButton
      action="approve"
      allowedAs="approve"
      color="success"
      variant="contained"
      maxWidth="md"
      label={translate('appeals.action.approve')}
      shortcut="approve"
      onOpen={() => setNote('')}
      data={() => ({ note })}
      body={(errors, record: AppealRecord) => (
        <>
          <ChecklistState materials={(record.materials as AppealMaterial[]) ?? []} />
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate(
              record.type === 'info_change' ? 'appeals.confirm.approve_change' : 'appeals.confirm.approve_registration',
              { phone: record.phone },
            )}
          </Alert>
          {record.type === 'info_change' && <ChangeDiff />}
          {errors._ && <Alert severity="error">{errors._}</Alert>}
          <TextField
            fullWidth
            multiline
            minRows={2}
            name="note"
            sx={{ mt: 2 }}
            label={translate('appeals.confirm.approve_note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            error={!!errors.note}
            helperText={errors.note ?? errors.uscc ?? errors.account ?? ' '}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
        </>
      )}
    />
  );
}

function RejectButton() {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const { data: reasons = [] } = useGetList<{ id: number; text: string }>('reject-reasons', {
    filter: { active: true },
    sort: { field: 'sortOrder', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  return (
    <DecisionButton
      action="reject"
      allowedAs="reject"
      color="error"
      label={translate('appeals.action.reject')}
      shortcut="reject"
      onOpen={() => setReason('')}
      data={() => (reason.trim() ? { reason: reason.trim() } : translate('app.action.reason_required'))}
      body={(errors, record: AppealRecord) => (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('appeals.reject.hint', { phone: record.phone })}
          </Typography>
          <TextField
            select
            fullWidth
            name="commonReason"
            label={translate('appeals.reject.common')}
            value=""
            onChange={(e) => setReason(e.target.value)}
            helperText={reasons.length ? ' ' : translate('appeals.reject.common_none')}
            sx={{ mb: 1 }}
          >
            {reasons.map((r) => (
              <MenuItem key={r.id} value={r.text}>
                {r.text}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            fullWidth
            multiline
            minRows={2}
            required
            name="reason"
            label={translate('appeals.reject.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={!!(errors.reason || errors._)}
            helperText={errors.reason ?? errors._ ?? ' '}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
        </>
      )}
    />
  );
}

function SupplementButton() {
  const translate = useTranslate();
  const [picked, setPicked] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const toggle = (f: string) => setPicked((p) => (p.includes(f) ? p.filter((x) => x !== f) : [...p, f]));
  return (
    <DecisionButton
      action="request-supplement"
      allowedAs="requestSupplement"
      color="warning"
      label={translate('appeals.action.requestSupplement')}
      shortcut="supplement"
      onOpen={(record) => {
        setPicked(
          ((record.materials as AppealMaterial[]) ?? [])
            .filter((m) => m.verdict === 'unacceptable')
            .map((m) => m.field),
        );
        setNote('');
      }}
      data={() =>
        picked.length
          ? { materials: MATERIAL_FIELDS.filter((f) => picked.includes(f)), note }
          : translate('appeals.supplement.pick_one')
      }
      body={(errors, record) => {
        const notes = new Map(((record.materials as AppealMaterial[]) ?? []).map((m) => [m.field, m.note]));
        return (
          <>
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('appeals.supplement.hint')}
            </Alert>
            <Typography variant="subtitle2">{translate('appeals.supplement.materials')}</Typography>
            <FormGroup>
              {MATERIAL_FIELDS.map((f) => (
                <FormControlLabel
                  key={f}
                  control={<Checkbox checked={picked.includes(f)} onChange={() => toggle(f)} name={f} />}
                  label={`${translate(`appeals.material.${f}`)}${notes.get(f) ? `（${notes.get(f)}）` : ''}`}
                />
              ))}
            </FormGroup>
            <FormHelperText error>{errors.materials ?? errors._ ?? ' '}</FormHelperText>
            <TextField
              fullWidth
              multiline
              minRows={2}
              name="note"
              label={translate('appeals.supplement.note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              error={!!errors.note}
              helperText={errors.note ?? ' '}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          </>
        );
      }}
    />
  );
}

/** The review page's toolbar: each button appears only when the server lists its action for this agent. */
export function AppealActions() {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <ActionButton
        resource="appeals"
        action="claim"
        variant="contained"
        label={translate('appeals.action.claim')}
        confirm={translate('appeals.confirm.claim')}
      />
      <ApproveButton />
      <SupplementButton />
      <RejectButton />
      <AssignButton />
      <PiiRevealButton resource="appeals" />
      <ListButton />
    </TopToolbar>
  );
}
