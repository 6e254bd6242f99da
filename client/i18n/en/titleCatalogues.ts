import type { titleCataloguesZh } from '../zh/titleCatalogues';
import type { CatalogueOf } from '../merge';

export const titleCataloguesEn = {
  resources: {
    'title-plans': {
      name: 'Title plans',
      fields: {
        id: 'ID',
        name: 'Plan name',
        series: 'Title series',
        year: 'Year',
        levels: 'Levels',
        level: 'Level',
        startDate: 'Opens on',
        endDate: 'Closes on',
        period: 'Application period',
        active: 'Accepting applications',
        levelDeadlineDays: 'Working days per review level',
        batchPassAllowed: 'Batch pass allowed (not at unit level)',
        description: 'Description',
        updatedAt: 'Updated',
        q: 'Search plan name',
      },
    },
    'audit-opinions': {
      name: 'Common opinions',
      fields: {
        id: 'ID',
        text: 'Opinion',
        sortOrder: 'Order',
        scope: 'Scope',
        result: 'For result',
        updatedAt: 'Updated',
        q: 'Search opinions',
      },
    },
    'submission-batches': {
      name: 'Submission batches',
      fields: {
        id: 'Batch no.',
        direction: 'Direction',
        fromOrgName: 'Sent by',
        toOrgName: 'Sent to',
        applicationCount: 'Applications',
        createdByName: 'Submitted by',
        createdAt: 'Submitted',
        createdAt_gte: 'Submitted from',
        createdAt_lte: 'Submitted to',
        note: 'Note',
        attachment: 'Recommendation report / cover letter',
        q: 'Search note',
      },
    },
  },
  titleCatalogues: {
    plans: {
      state: { accepting: 'Open', not_started: 'Not yet open', ended: 'Closed (period over)', closed: 'Switched off' },
      active_filter: { true: 'Accepting', false: 'Switched off' },
      hint: 'The online hall accepts applications within the period while "Accepting applications" is on; switching it off stops new applications, those submitted carry on. Editing a plan does not affect submitted applications.',
      delete_confirm: 'This cannot be undone. Delete this title plan?',
    },
    opinions: {
      result: { pass: 'Pass', return: 'Return', reject: 'Fail', any: 'Any result' },
      scope: { global: 'Global', mine: 'Mine' },
      hint_global: 'Global opinions are offered to every title reviewer; the system administrator keeps them.',
      hint_mine: 'Opinions you add are yours only; global ones are kept by the system administrator.',
      delete_confirm: 'Delete this opinion? Reviews already written with it keep their text.',
    },
    batches: {
      direction: { sent: 'Sent by my org', received: 'Received by my org' },
      title: 'Submission batch #%{id}',
      applications: 'Applications in this batch (%{count})',
      no_note: 'No note',
    },
  },
  auditActions: {
    titlePlans: { create: 'Title plan added', update: 'Title plan changed', delete: 'Title plan deleted' },
    auditOpinions: {
      create: 'Common opinion added',
      update: 'Common opinion changed',
      delete: 'Common opinion deleted',
    },
  },
} satisfies CatalogueOf<typeof titleCataloguesZh>;
