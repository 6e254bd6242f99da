import { insertUnit, type NewUnit } from '../../server/modules/units/unitRecords';
import { createRng, uscc } from '../../db/seed/random';
import type { TestApp } from './testApp';
import { multipart, tinyPdf, tinyPng, type Materials } from './fixtures';

let counter = 0;
const rng = createRng(99);

/** A unit's identity fields as the window form sends them (a fresh valid USCC and account each time). */
export function buildUnitFields(over: Record<string, string> = {}): Record<string, string> {
  counter++;
  return {
    uscc: uscc(rng, '220100'),
    name: `长春市测试科技有限公司${counter}`,
    legalPersonType: 'enterprise',
    legalRepName: '张伟',
    idType: 'resident_id',
    idNumber: '11010519491231002X',
    idValidFrom: '2020-01-01',
    idValidTo: '',
    phone: '13512347850',
    account: `testunit${String(counter).padStart(4, '0')}`,
    handlerName: '李娜',
    handlerIdType: 'resident_id',
    handlerIdNumber: '110105199003071239',
    handlerPhone: '13904310002',
    ...over,
  };
}

/** The window registration's multipart body: fields plus the three materials. */
export const registrationForm = (fields: Record<string, string>, files: Materials = buildUnitMaterials()) =>
  multipart(fields, files);

export const buildUnitMaterials = (): Materials => ({
  businessLicense: [tinyPdf(), '营业执照副本.pdf'],
  handlerId: [tinyPng(), '办理人身份证.png'],
  authorizationLetter: [tinyPdf(), '授权委托书.pdf'],
});

/** A unit inserted straight into the database in the given state (for tests that start later in its life). */
export function seedUnit(t: TestApp, over: Partial<NewUnit> = {}): number {
  const f = buildUnitFields();
  return t.db.transaction((tx) =>
    insertUnit(
      tx,
      {
        uscc: f.uscc,
        name: f.name,
        legalPersonType: 'enterprise',
        legalRepName: f.legalRepName,
        idType: 'resident_id',
        idNumber: f.idNumber,
        idValidFrom: f.idValidFrom,
        idValidTo: null,
        phone: f.phone,
        account: f.account,
        status: 'pending_activation',
        channel: 'online',
        ...over,
      },
      t.clock.now().toISOString(),
    ),
  );
}
