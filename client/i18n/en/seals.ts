import type { sealsZh } from '../zh/seals';
import type { CatalogueOf } from '../merge';

export const sealsEn = {
  resources: {
    seals: {
      name: 'Electronic seals',
      fields: { id: 'No.', unitId: 'Unit', unitName: 'Unit name', type: 'Seal type', name: 'Seal name', status: 'Status', appliedByName: 'Applicant', appliedByRole: 'Applicant role', createdAt: 'Applied at', voidedAt: 'Voided at', voidReason: 'Void reason', q: 'Unit name / USCC' },
    },
    'seal-grants': {
      name: 'Grantees',
      fields: { id: 'No.', sealId: 'Seal', personName: 'Name', idType: 'ID type', idNumber: 'ID number', validFrom: 'Valid from', validTo: 'Valid to', status: 'Status', revokedReason: 'Revoke reason' },
    },
    'sign-in-events': {
      name: 'Scan sign-ins',
      fields: { id: 'No.', unitId: 'Unit', uscc: 'USCC', method: 'Method', name: 'Name', idNumberMasked: 'ID number', outcome: 'Outcome', reason: 'Failure reason', at: 'Time', at_gte: 'From' },
    },
  },
  seals: {
    type: { official: 'Official seal', finance: 'Finance seal', contract: 'Contract seal', hr: 'HR seal', invoice: 'Invoice seal', legal_rep: 'Legal representative seal' },
    status: { active: 'Active', suspended: 'Suspended', voided: 'Voided' },
    applied_by_role: { legal_rep: 'Legal representative', admin: 'Administrator', operator: 'Operator' },
    grant_status: { active: 'Valid', expired: 'Expired', revoked: 'Revoked' },
    action: { void: 'Void seal', revoke: 'Revoke grant', open: 'Open seal' },
    confirm: { void: 'Voiding ends every grant of this seal and notifies the legal representative by SMS. Please give the reason.', revoke: 'The person can no longer use this seal. Please give the reason.' },
    tab: 'Electronic seals',
    grants: 'Grantees',
    history: 'Seal history',
    none: 'This unit has not applied for any electronic seal',
  },
  signIn: {
    method: { essc_scan: 'e-SSC scan', jishiban_scan: 'Jishiban scan', password: 'Password' },
    outcome: { succeeded: 'Succeeded', failed: 'Failed' },
    reason: {
      not_on_record: 'Not on record',
      identity_match: 'Identity mismatch',
      identity_mismatch: 'Identity mismatch',
      essc_not_activated: 'e-SSC not activated',
      operator_expired: 'Operator validity ended',
      operator_disabled: 'Operator disabled',
      unit_not_active: 'Unit not active',
      legal_rep_mismatch: 'Legal representative mismatch in Jishiban',
      other: 'Other',
    },
    check: {
      button: 'Sign-in check',
      title: 'Scan sign-in check',
      intro: 'Type what the caller says; the result names which element differs, never the recorded value.',
      name: "Caller's name",
      idType: 'ID type',
      idNumber: 'ID number',
      method: 'Sign-in method',
      run: 'Check',
      close: 'Close',
      verdict_ok: 'Passed: the caller meets the scan sign-in conditions',
      verdict_blocked: 'Blocked: follow the steps below',
      unknown: 'Unknown',
      fix: 'Fix',
      key: {
        unit_active: 'Unit account status',
        person_on_record: 'Person on record',
        identity_match: 'Identity matches',
        operator_active: 'Operator status',
        operator_valid_today: 'Operator validity',
        essc_activated: 'e-SSC activated',
        legal_rep_registered: 'Legal representative registered in Jishiban',
      },
    },
    recent_failures: 'Recent failed scan sign-ins',
    none: 'No recent failures',
    chart_title: 'Scan sign-in failures by reason, last 7 days',
    chart_bar: '%{reason}: %{count}, open the list',
  },
} satisfies CatalogueOf<typeof sealsZh>;
