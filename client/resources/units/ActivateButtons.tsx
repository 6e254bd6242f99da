import { useState } from 'react';
import { Button } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useGetMany, useListContext, useNotify, useRecordContext, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import type { AppDataProvider } from '../../providers/dataProvider';
import { useRecordAction } from '../../common/useRecordAction';
import { ActivateDialog } from './ActivateDialog';

interface BulkResult {
  id: number;
  result: 'activated' | 'not_pending' | 'not_found';
}

/** 批量激活: one request for all selected units; the answer says what became of each. */
export function BulkActivateButton() {
  const { selectedIds } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('units');
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const { data: units = [] } = useGetMany('units', { ids: selectedIds }, { enabled: open });
  const mutation = useMutation({
    mutationFn: () => dataProvider.bulkAction<{ results: BulkResult[] }>('units', { action: 'activate', data: { ids: selectedIds } }),
    onSuccess: ({ data }) => {
      const count = (r: BulkResult['result']) => data.results.filter((x) => x.result === r).length;
      notify(translate('units.bulk_result', { activated: count('activated'), not_pending: count('not_pending'), not_found: count('not_found') }), { type: count('activated') ? 'success' : 'warning' });
      setOpen(false);
      unselectAll();
      refresh();
    },
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  return (
    <>
      <Button size="small" variant="contained" onClick={() => setOpen(true)}>
        {translate('units.action.bulk_activate')}
      </Button>
      <ActivateDialog units={units} open={open} busy={mutation.isPending} onClose={() => setOpen(false)} onConfirm={() => mutation.mutate()} />
    </>
  );
}

/** Activation of the unit on screen, after the same identity check. */
export function ActivateButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const mutation = useRecordAction('units');
  if (!record || !(record.allowedActions as string[]).includes('activate')) return null;
  return (
    <>
      <Button size="small" variant="contained" onClick={() => setOpen(true)}>
        {translate('units.action.activate')}
      </Button>
      <ActivateDialog
        units={[record]}
        open={open}
        busy={mutation.isPending}
        onClose={() => setOpen(false)}
        onConfirm={() => mutation.mutate({ id: record.id, action: 'activate', data: { version: record.version } }, { onSuccess: () => setOpen(false) })}
      />
    </>
  );
}
