import { useQuery } from '@tanstack/react-query';
import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { FileViewer, type FileInfo } from '../../common/FileViewer';
import { formatTime } from '../../common/format';

export interface Change {
  id: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  source: string;
  changedByName: string | null;
  at: string;
  reason: string | null;
}

/** 变更记录: field, old, new, who, when (GET /api/units/:id/changes). */
export function UnitChangeHistory() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data = [] } = useQuery({
    queryKey: ['units', record?.id, 'changes', record?.version],
    queryFn: () => dataProvider.getUnitChanges(record!.id),
    enabled: !!record,
  });
  if (!data.length) return <Typography color="text.secondary">{translate('units.history.empty')}</Typography>;
  const h = (k: string) => translate(`units.history.${k}`);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['when', 'field', 'old', 'new', 'who', 'source', 'reason'].map((k) => (
            <TableCell key={k}>{h(k)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((c) => (
          <TableRow key={c.id}>
            <TableCell>{formatTime(c.at)}</TableCell>
            <TableCell>{translate(`resources.units.fields.${c.field}`, { _: c.field })}</TableCell>
            <TableCell>{c.oldValue ?? '—'}</TableCell>
            <TableCell>{c.newValue ?? '—'}</TableCell>
            <TableCell>{c.changedByName ?? '—'}</TableCell>
            <TableCell>{h(`source_${c.source}`)}</TableCell>
            <TableCell>{c.reason ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The scanned materials received at the window. */
export function UnitMaterials() {
  const record = useRecordContext();
  const translate = useTranslate();
  const materials = (record?.materials as (FileInfo & { field: string })[] | undefined) ?? [];
  if (!materials.length) return <Typography color="text.secondary">{translate('app.files.none')}</Typography>;
  return (
    <Stack spacing={3}>
      {materials.map((m) => (
        <div key={m.id}>
          <Typography variant="subtitle2">{translate(`resources.units.fields.${m.field}`, { _: m.field })}</Typography>
          <FileViewer file={m} height={360} />
        </div>
      ))}
    </Stack>
  );
}
