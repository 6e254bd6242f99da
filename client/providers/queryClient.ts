import { QueryClient } from '@tanstack/react-query';

/**
 * react-admin's queries, retried only when a retry can help: a 4xx answer (no right to see it, gone,
 * refused) is the same the next time, and three retries with back-off kept a spinner turning for 7 s
 * before the screen could say so. Network errors and 5xx are still tried again, twice.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (failures, error) => {
        const status = (error as { status?: number } | null)?.status;
        if (typeof status === 'number' && status >= 400 && status < 500) return false;
        return failures < 2;
      },
    },
  },
});
