import type { commonZh } from '../zh/common';
import type { CatalogueOf } from '../merge';

export const commonEn = {
  app: {
    title: 'HR & Social Security Hall · Staff Console',
    login_hint: 'Staff sign-in (5 wrong passwords lock the account for 15 minutes)',
    menu: { system: 'System', units: 'Units & operators', appeals: 'Account appeals', institutions: 'Institutions', titles: 'Title review' },
    dashboard: { welcome: 'Hello, %{name}', roles: 'Your roles: %{roles}', hint: 'Pick your work from the menu. Every action is written to the audit log.', todo: 'To do' },
    roles: { sysadmin: 'System administrator', appeal_agent: 'Appeal agent', institution_admin: 'Institution administrator', title_reviewer: 'Title reviewer' },
    password: {
      title: 'Change password',
      forced: 'You are using an initial or temporary password. Please change it first.',
      old: 'Current password',
      new: 'New password',
      confirm: 'Confirm new password',
      rule: '8–64 characters with at least three of: digits, lower case, upper case, special characters',
      mismatch: 'The two new passwords differ',
      done: 'Password changed',
      submit: 'Change password',
    },
    pii: { reveal: 'Show in full', title: 'Full personal data', audited: 'This view has been written to the audit log.', masked: 'masked' },
    action: {
      confirm: 'Confirm',
      cancel: 'Cancel',
      reason: 'Reason',
      reason_required: 'A reason is required',
      done: 'Done',
      export: 'Export',
      print: 'Print',
      close: 'Close',
      download: 'Download',
      refresh: 'Refresh',
    },
    list: { range_capped: '%{offsetBegin}-%{offsetEnd} of %{total}+', empty: 'Nothing yet', empty_filtered: 'No record matches these filters' },
    trail: { title: 'History', empty: 'No history yet' },
    notifications_of: { title: 'SMS', empty: 'No SMS' },
    files: { zoom_in: 'Zoom in', zoom_out: 'Zoom out', rotate: 'Rotate', open: 'Open in a new tab', none: 'Not uploaded', download_only: 'Download this file to view it' },
    yes: 'Yes',
    no: 'No',
    none: 'None',
    long_term: 'Long-term',
  },
} satisfies CatalogueOf<typeof commonZh>;
