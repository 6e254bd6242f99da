import type { titleWithdrawUrgeZh } from '../zh/titleWithdrawUrge';
import type { CatalogueOf } from '../merge';

export const titleWithdrawUrgeEn = {
  resources: {
    'title-applications': {
      fields: { urged: 'Urged only', urgeable: 'I may urge (held below)' },
    },
  },
  titles: {
    progress: { kind: { withdrawn: 'Withdrawn', urged: 'Urged' } },
  },
  titleWithdrawUrge: {
    withdraw: {
      button: 'Withdraw',
      confirm:
        'The application comes back to your org: pending again if it was not sent up yet, awaiting submission if it was. Once the next level claims or reviews it, it can no longer be withdrawn. Withdraw it?',
      reason: 'Reason for withdrawing',
      done: 'Withdrawn',
    },
    urge: {
      button: 'Urge',
      confirm:
        'The reviewers of %{org} are texted to handle it soon, and it shows on their review home. An application can be urged once a day.',
      message: 'Message',
      done: 'Urged; %{count} reviewers texted',
    },
    home: {
      title: 'Urged',
      line: '%{org} %{name} urged #%{id} %{applicant} at %{time}: %{message}',
      open: 'Open application #%{id}',
    },
    batch: { withdrawn: '%{count} withdrawn: %{ids}' },
  },
} satisfies CatalogueOf<typeof titleWithdrawUrgeZh>;
