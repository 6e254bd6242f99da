import { useEffect, useRef, useState } from 'react';
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
import { KeyHint } from '../../common/KeyHint';
import { ShortcutHelp } from '../../common/ShortcutHelp';
import { useShortcutKey, useShortcuts } from '../../common/useShortcuts';

const tabId = (field: string) => `material-tab-${field}`;

const VerdictIcon = ({ verdict }: { verdict: AppealMaterial['verdict'] }) =>
  verdict === 'acceptable' ? (
    <CheckCircleIcon fontSize="small" color="success" />
  ) : verdict === 'unacceptable' ? (
    <CancelIcon fontSize="small" color="error" />
  ) : (
    <HelpOutlineIcon fontSize="small" color="disabled" />
  );

/**
 * The checklist line of one material: acceptable or not, with a note (required when not). By keys: Y saves
 * it acceptable and N chooses unacceptable and goes to the note, where Enter saves; either then goes on
 * to the next material (`onSavedByKey`). `keys` is off while the page waits for the saved record.
 */
function CheckControls({
  material,
  keys,
  onSavedByKey,
}: {
  material: AppealMaterial;
  keys: boolean;
  onSavedByKey: () => void;
}) {
  const record = useRecordContext<RaRecord & { version: number }>()!;
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [verdict, setVerdict] = useState<AppealMaterial['verdict']>(material.verdict);
  const [note, setNote] = useState(material.note ?? '');
  // What a key saves is decided in the same keypress as the save, before the state holding it renders.
  const sending = useRef({ verdict, byKey: false });
  const noteRef = useRef<HTMLInputElement>(null);
  const mutation = useAction({
    send: () =>
      dataProvider.checkAppealMaterial(record.id, {
        field: material.field,
        verdict: sending.current.verdict,
        note,
        version: record.version,
      }),
    onDone: () => sending.current.byKey && onSavedByKey(),
  });
  const save = (v: AppealMaterial['verdict'], byKey: boolean) => {
    if (!v || mutation.isPending) return;
    sending.current = { verdict: v, byKey };
    mutation.mutate();
  };
  const okKey = useShortcutKey('appeal', 'ok');
  const wrongKey = useShortcutKey('appeal', 'wrong');
  useShortcuts(
    'appeal',
    {
      ok: () => {
        setVerdict('acceptable');
        save('acceptable', true);
      },
      wrong: () => {
        setVerdict('unacceptable');
        noteRef.current?.focus();
      },
    },
    { enabled: keys },
  );
  // No dialog to hold it: the refusal (a field's or the server's own message) goes under the note.
  const refusal = mutation.error;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} alignItems="flex-start" sx={{ mt: 1 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={verdict}
        onChange={(_e, v: AppealMaterial['verdict'] | null) => v && setVerdict(v)}
        aria-label={translate('appeals.review.check_title')}
      >
        <ToggleButton value="acceptable" color="success" aria-keyshortcuts={okKey}>
          {translate('appeals.verdict.acceptable')}
          <KeyHint k={okKey} />
        </ToggleButton>
        <ToggleButton value="unacceptable" color="error" aria-keyshortcuts={wrongKey}>
          {translate('appeals.verdict.unacceptable')}
          <KeyHint k={wrongKey} />
        </ToggleButton>
      </ToggleButtonGroup>
      <TextField
        size="small"
        name="checkNote"
        label={translate('appeals.review.check_note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        inputRef={noteRef}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
          e.preventDefault();
          save(verdict, true);
        }}
        error={!!refusal}
        helperText={refusal?.errors.note ?? refusal?.message ?? ' '}
        sx={{ flex: 1, alignSelf: { xs: 'stretch', sm: 'auto' } }}
        slotProps={{ htmlInput: { maxLength: 200 } }}
      />
      <Button
        variant="contained"
        size="small"
        onClick={() => save(verdict, false)}
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
  const current = materials.find((m) => m.field === field) ?? materials[0];
  const canCheck = !!record && (record.allowedActions as string[]).includes('checklist');
  // A check saved by key goes on, once the saved record is here (its version is what the next check sends),
  // to the next material not checked yet, its tab focused; the keys wait meanwhile.
  const [savedOn, setSavedOn] = useState<{ field: string; version: unknown } | null>(null);
  // A new object each time, so going on to the same tab again focuses it again.
  const [focusTab, setFocusTab] = useState<{ field: string } | null>(null);
  if (savedOn && record && record.version !== savedOn.version) {
    setSavedOn(null);
    const at = materials.findIndex((m) => m.field === savedOn.field);
    const next = [...materials.slice(at + 1), ...materials.slice(0, at)].find((m) => !m.verdict) ?? materials[at];
    if (next) {
      setField(next.field);
      setFocusTab({ field: next.field });
    }
  }
  useEffect(() => {
    if (focusTab) document.getElementById(tabId(focusTab.field))?.focus();
  }, [focusTab]);
  const go = (step: 1 | -1) => {
    const at = materials.findIndex((m) => m.field === current?.field);
    const next = materials[Math.min(Math.max(at + step, 0), materials.length - 1)];
    if (!next) return;
    setField(next.field);
    document.getElementById(tabId(next.field))?.focus();
  };
  useShortcuts('appeal', { next: () => go(1), previous: () => go(-1) }, { enabled: materials.length > 0 });
  if (!record) return null;
  const done = materials.filter((m) => m.verdict).length;
  return (
    <Box>
      <Stack direction="row" justifyContent="space-between" alignItems="center" flexWrap="wrap" useFlexGap>
        <Typography variant="subtitle1">{translate('appeals.review.materials')}</Typography>
        {canCheck && <ShortcutHelp page="appeal" />}
        <Typography variant="body2" color="text.secondary" role="status">
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
            id={tabId(m.field)}
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
              keys={!savedOn}
              onSavedByKey={() => setSavedOn({ field: current.field, version: record.version })}
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
