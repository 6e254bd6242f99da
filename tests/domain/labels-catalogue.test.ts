import { describe, expect, it } from 'vitest';
import { zh } from '../../client/i18n/zh';
import * as labels from '../../server/domain/labels';
import { valueAt } from '../helpers/catalogue';

/** Each server label map and the catalogue section the console reads for the same keys. */
const SECTIONS: [keyof typeof labels, string][] = [
  ['APPEAL_STATUS_LABELS', 'appeals.status'],
  ['APPEAL_EVENT_LABELS', 'appeals.action'],
  ['APPEAL_MATERIAL_LABELS', 'appeals.material'],
  ['APPEAL_FIELD_LABELS', 'resources.appeals.fields'],
  ['UNIT_STATUS_LABELS', 'units.status'],
  ['UNIT_EVENT_LABELS', 'units.action'],
  ['INSTITUTION_STATUS_LABELS', 'institutions.status'],
  ['INSTITUTION_EVENT_LABELS', 'institutions.action'],
  ['OPERATOR_STATUS_LABELS', 'operators.status'],
  ['OPERATOR_EVENT_LABELS', 'operators.action'],
  ['STAFF_STATUS_LABELS', 'staff.status'],
  ['STAFF_EVENT_LABELS', 'staff.action'],
  ['SEAL_TYPE_LABELS', 'seals.type'],
  ['SEAL_STATUS_LABELS', 'seals.status'],
  ['SEAL_EVENT_LABELS', 'seals.action'],
  ['SEAL_GRANT_STATUS_LABELS', 'seals.grant_status'],
  ['TITLE_STATUS_LABELS', 'titles.status'],
  ['SEAL_APPLIED_BY_ROLE_LABELS', 'seals.applied_by_role'],
  ['SIGN_IN_METHOD_LABELS', 'signIn.method'],
  ['SEAL_AUDIT_LABELS', 'auditActions.seals'],
  ['SEAL_GRANT_AUDIT_LABELS', 'auditActions.sealGrants'],
  ['SIGN_IN_EVENT_AUDIT_LABELS', 'auditActions.signInEvents'],
  ['SIGN_IN_CHECK_AUDIT_LABELS', 'auditActions.units.sign_in_check'],
  ['LEGACY_AUDIT_LABELS', 'auditActions.legacyAccounts'],
];

/**
 * Server-only steps the console never names as buttons (they are recorded in audit rows and errors
 * only). Written out so a new label cannot skip the comparison unnoticed.
 */
const SERVER_ONLY: Record<string, string[]> = {
  APPEAL_EVENT_LABELS: ['receiveSupplement', 'checklist'],
  SEAL_EVENT_LABELS: ['suspend', 'restore'],
};

describe('server labels equal the zh catalogue', () => {
  it('when labels.ts exports a map, then it is compared with a catalogue section', () => {
    expect(Object.keys(labels).sort()).toEqual(SECTIONS.map(([name]) => name).sort());
  });

  it.each(SECTIONS)('when %s names a key, then the console shows the same text at %s', (name, path) => {
    const server = labels[name] as Record<string, string>;
    const only = SERVER_ONLY[name] ?? [];
    for (const [key, text] of Object.entries(server)) {
      const shown = valueAt(zh, `${path}.${key}`);
      if (only.includes(key)) expect(shown, `${name}.${key} is listed as server-only`).toBeUndefined();
      else expect(shown, `${path}.${key}`).toBe(text);
    }
  });
});

describe('every seal, grant and sign-in audit action has its label', () => {
  it('when a seals / seal-grants / sign-in module writes an audit action, then the catalogue names it', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dirs = [
      'server/modules/seals',
      'server/modules/seal-grants',
      'server/modules/sign-in-events',
      'server/modules/units',
    ];
    const actions = new Set<string>();
    for (const dir of dirs)
      for (const f of readdirSync(dir)) {
        const text = readFileSync(`${dir}/${f}`, 'utf8');
        for (const m of text.matchAll(/action: '((?:seals|sealGrants|signInEvents|units\.sign_in_check)\.[a-z_.]+)'/g))
          actions.add(m[1]);
        // seals.suspend / seals.restore are written from the event name
        if (text.includes('action: `seals.${event}`'))
          ['seals.suspend', 'seals.restore'].forEach((a) => actions.add(a));
      }
    expect(actions.size).toBeGreaterThanOrEqual(8);
    for (const a of actions) expect(valueAt(zh, `auditActions.${a}`), a).toEqual(expect.any(String));
    expect(valueAt(zh, 'auditActions.units.sign_in_check.pii_reveal_refused')).toEqual(expect.any(String));
  });
});
