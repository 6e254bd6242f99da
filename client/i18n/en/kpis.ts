import type { kpisZh } from '../zh/kpis';
import type { CatalogueOf } from '../merge';

export const kpisEn = {
  kpis: {
    appeals: {
      title: 'Appeals (last 30 days)',
      per_day: 'Received and decided per day',
      received: 'Received',
      decided: 'Decided',
      compliance: 'Decided on time',
      compliance_detail: '%{decided} decided in the last 30 days, %{onTime} of them on time',
      compliance_none: 'No appeal decided in the last 30 days',
      backlog: 'Undecided appeals per agent',
      undecided: 'Undecided',
      unassigned: 'Not claimed',
      days: '%{days} days',
      oldest: 'Waiting longest: %{name}',
      none_waiting: 'No appeal is waiting',
    },
    units: {
      title: 'Unit accounts (this week)',
      pending: 'Pending activation',
      activated_week: 'Activated this week',
      at_quota: 'Operator places full',
      per_day: 'Activations per day this week',
      activated: 'Activated',
    },
    titles: {
      title: 'Title review funnel (by review level)',
      reached: 'Reached',
      passed: 'Passed',
      returned: 'Returned',
      rejected: 'Failed',
      none: 'No open declaration item',
    },
    as_table: 'Show as a table',
    loading: 'Loading the charts…',
  },
} satisfies CatalogueOf<typeof kpisZh>;
