import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Stack,
  Tab,
  Tabs,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import { useDataProvider, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { FileViewer } from '../../common/FileViewer';
import { formatTime } from '../../common/format';
import { useAction } from '../../common/ActionDialog';
import type { AppDataProvider } from '../../providers/dataProvider';
import type { AppealMaterial } from './choices';

const VerdictIcon = ({ verdict }: { verdict: AppealMaterial['verdict'] }) =>
  verdict === 'acceptable' ? (
    <CheckCircleIcon fontSize="small" color="success" />
  ) : verdict === 'unacceptable' ? (
    <CancelIcon fontSize="small" color="error" />
  ) : (
    <HelpOutlineIcon fontSize="small" color="disabled" />
  );

/** The checklist line of one material: acceptable or not, with a note (required when not). */
function CheckControls({ material }: { material: AppealMaterial }) {
  const record = useRecordContext<RaRecord & { version: number }>()!;
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [verdict, setVerdict] = useState<AppealMaterial['verdict']>(material.verdict);
  const [note, setNote] = useState(material.note ?? '');
  const mutation = useAction({
    send: () =>
      dataProvider.checkAppealMaterial(record.id, { field: material.field, verdict, note, version: record.version }),
  });
  // No dialog to hold it: the refusal (a field's or the server's own message) goes under the note.
  const refusal = mutation.error;
  return (
    <Stack direction="row" spacing={2} alignItems="flex-start" sx={{ mt: 1 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={verdict}
        onChange={(_e, v: AppealMaterial['verdict'] | null) => v && setVerdict(v)}
        aria-label={translate('appeals.review.check_title')}
      >
        <ToggleButton value="acceptable" color="success">
          {translate('appeals.verdict.acceptable')}
        </ToggleButton>
        <ToggleButton value="unacceptable" color="error">
          {translate('appeals.verdict.unacceptable')}
        </ToggleButton>
      </ToggleButtonGroup>
      <TextField
        size="small"
        name="checkNote"
        label={translate('appeals.review.check_note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={!!refusal}
        helperText={refusal?.errors.note ?? refusal?.message ?? ' '}
        sx={{ flex: 1 }}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <Button
        variant="contained"
        size="small"
        onClick={() => mutation.mutate()}
        disabled={!verdict || mutation.isPending}
        sx={{ mt: 0.5 }}
      >
        {translate('appeals.action.save_check')}
      </Button>
    </Stack>
  );
}

/** 申诉材料: one tab per material with its verdict, the file beside the form, and the checklist under it. */
export function MaterialsPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const materials = (record?.materials as AppealMaterial[] | undefined) ?? [];
  const [field, setField] = useState<string | null>(null);
  if (!record) return null;
  const current = materials.find((m) => m.field === field) ?? materials[0];
  const canCheck = (record.allowedActions as string[]).includes('checklist');
  const done = materials.filter((m) => m.verdict).length;
  return (
    <Box>
      <Stack direction="row" justifyContent="space-between" alignItems="center">
        <Typography variant="subtitle1">{translate('appeals.review.materials')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('appeals.review.checked_count', { done, total: materials.length })}
        </Typography>
      </Stack>
      <Tabs
        value={current?.field ?? false}
        onChange={(_e, v: string) => setField(v)}
        variant="scrollable"
        scrollButtons="auto"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 1 }}
      >
        {materials.map((m) => (
          <Tab
            key={m.field}
            value={m.field}
            label={translate(`appeals.material.${m.field}`, { _: m.label })}
            icon={<VerdictIcon verdict={m.verdict} />}
            iconPosition="start"
            sx={{ minHeight: 48 }}
          />
        ))}
      </Tabs>
      {current && (
        <>
          <FileViewer key={current.file.id} file={current.file} height={420} />
          {/* Another material, a new file or a saved check starts the controls afresh (verdict, note, refusal). */}
          {canCheck ? (
            <CheckControls
              key={`${current.field}|${current.file.id}|${current.verdict ?? ''}|${current.note ?? ''}`}
              material={current}
            />
          ) : (
            <Typography
              variant="body2"
              sx={{ mt: 1 }}
              color={current.verdict === 'unacceptable' ? 'error' : 'text.secondary'}
            >
              {translate(`appeals.verdict.${current.verdict ?? 'none'}`)}
              {current.note ? `：${current.note}` : ''}
            </Typography>
          )}
          {current.reviewedByName && (
            <Typography variant="caption" color="text.secondary">
              {translate('appeals.review.reviewed_by', {
                name: current.reviewedByName,
                time: formatTime(current.reviewedAt),
              })}
            </Typography>
          )}
        </>
      )}
      {!materials.length && <Alert severity="warning">{translate('app.files.none')}</Alert>}
    </Box>
  );
}
