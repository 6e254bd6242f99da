import type { delegationsZh } from '../zh/delegations';
import type { CatalogueOf } from '../merge';

export const delegationsEn = {
  resources: {
    delegations: {
      name: 'Delegation |||| Delegations',
      fields: {
        id: 'No.',
        orgName: 'Review org',
        delegatorId: 'Delegator',
        delegatorName: 'Delegator',
        delegateId: 'Delegate',
        delegateName: 'Delegate',
        startDate: 'Start date',
        endDate: 'End date',
        reason: 'Reason',
        status: 'Status',
        endedAt: 'Ended at',
        endedByName: 'Ended by',
        createdAt: 'Set at',
      },
    },
  },
  delegations: {
    status: { scheduled: 'Scheduled', active: 'Active', expired: 'Expired', ended: 'Ended' },
    mine: { all: 'All', delegator: 'Delegated by me', delegate: 'Delegated to me' },
    mine_label: 'Involving me',
    end: 'End delegation',
    end_confirm:
      'Once ended, the delegate can no longer review for the delegator; the record is kept. End this delegation?',
    create_hint:
      'While you are on leave, the delegate may handle the title applications you claimed or were assigned; every step is recorded as "on your behalf".',
    acting_banner: 'You are reviewing on behalf of %{name} until %{date}',
    delegated_banner: '%{name} is reviewing on your behalf until %{date}',
    on_behalf: 'on behalf of %{name}',
  },
} satisfies CatalogueOf<typeof delegationsZh>;
