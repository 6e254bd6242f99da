import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';

/**
 * Runs one action on one record, pessimistically: the screen changes only after the server said yes,
 * and the server's message (409 "已被他人修改" and the like) is what the clerk reads.
 */
export function useRecordAction(resource: string) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (vars: { id: Identifier; action: string; data?: Record<string, unknown> }) => dataProvider.action(resource, vars),
    onSuccess: () => {
      notify('app.action.done', { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
}
