import type { shortcutsZh } from '../zh/shortcuts';
import type { CatalogueOf } from '../merge';

export const shortcutsEn = {
  shortcuts: {
    open_help: 'Shortcuts',
    close: 'Close',
    key_column: 'Key',
    action_column: 'Action',
    not_in_fields: 'Shortcuts do nothing while you type in a field; press Esc to leave the field and use them again.',
    skip_viewer: 'Skip the file preview',
    title: {
      title: 'Title review shortcuts',
      next: { key: 'J', label: 'Next module' },
      previous: { key: 'K', label: 'Previous module' },
      ok: { key: 'Y', label: 'Mark this module correct and go to the next' },
      wrong: { key: 'N', label: 'Mark this module wrong and go to the next' },
      pass: { key: 'P', label: 'Choose pass' },
      return: { key: 'R', label: 'Choose return for revision' },
      reject: { key: 'X', label: 'Choose fail' },
      common: { key: 'C', label: 'Open the common opinions' },
      opinion: { key: 'E', label: 'Write the opinion' },
      submit: { key: 'S', label: 'Submit the review' },
      help: { key: '?', label: 'Show or close this help' },
    },
    appeal: {
      title: 'Appeal checklist shortcuts',
      next: { key: 'J', label: 'Next material' },
      previous: { key: 'K', label: 'Previous material' },
      ok: { key: 'Y', label: 'This material is acceptable: save and go to the next unchecked one' },
      wrong: { key: 'N', label: 'This material is unacceptable: write why (Enter saves)' },
      approve: { key: 'A', label: 'Approve the appeal' },
      supplement: { key: 'B', label: 'Request supplements' },
      reject: { key: 'D', label: 'Reject the appeal' },
      help: { key: '?', label: 'Show or close this help' },
    },
  },
} satisfies CatalogueOf<typeof shortcutsZh>;
