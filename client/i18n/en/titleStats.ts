import type { titleStatsZh } from '../zh/titleStats';
import type { CatalogueOf } from '../merge';

export const titleStatsEn = {
  titleStats: {
    menu: 'Review statistics',
    batchPass: {
      button: 'Pass in batch',
      confirm:
        'Pass the %{count} selected applications one by one? Each is its own review and audit entry; any that cannot pass are listed with the reason, the others pass.',
      opinion: 'Opinion (the same for every application)',
      opinion_required: 'Enter an opinion',
      done: '%{passed} passed, %{refused} not passed',
      result_title: 'Batch pass result',
      passed: 'Passed',
      refused: 'Not passed',
      close: 'Close',
    },
    report: {
      use: 'Use the recommendation report your org uploaded: %{name}',
      upload: 'Upload the recommendation report (once for this plan)',
      uploaded: 'Recommendation report uploaded: %{name}',
      upload_done: 'Report uploaded; later batches can choose it',
      none: 'Your org has not uploaded a recommendation report for this plan',
      title: 'Recommendation report',
    },
    screen: {
      title: 'Review statistics',
      plan: 'Plan',
      org: '%{org} (%{level})',
      overdue_rule: 'Overdue: pending at this level for more than %{days} working days',
      by_level: 'By title level',
      by_city: 'City bureaus',
      chart: 'Review results: %{what}',
      total: 'Total',
      city: 'City bureau',
      level: 'Title level',
      result_sheet: 'Download the review result sheet',
      empty: 'No applications of this plan reached your org yet.',
    },
    fields: {
      received: 'Received',
      passed: 'Passed',
      returned: 'Returned',
      failed: 'Failed',
      pending: 'Pending',
      overdue: 'Overdue',
      averageWorkingDays: 'Average (working days)',
      passRate: 'Pass rate',
    },
    orgLevel: {
      province: 'province bureau',
      city: 'city bureau',
      department: 'competent department',
      unit: 'employer unit',
    },
    export: { button: 'Export to Excel' },
  },
} satisfies CatalogueOf<typeof titleStatsZh>;
