import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '../../db/client';
import { seedFoundation } from '../../db/seed/foundation';
import { companyName, createRng, mobile, personName, REGIONS, residentId, type Rng } from '../../db/seed/random';
import { pickWeighted } from '../../db/seed/titleApplicants';
import { reviewChain, type ChainStep, type OrgNode, type TitleLevel } from '../../server/domain/titleRouting';
import { usccCheckChar } from '../../server/domain/validators';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
/** The data's "today": fixed, so the same scale always gives the same file (and the same hash). */
export const FIXTURE_NOW = Date.parse('2026-03-02T02:00:00Z');
const DAY = 86_400_000;
const MILLION = 1_000_000;

export interface Fixture {
  file: string;
  reused: boolean;
  seconds: number;
}

/** Everything that shapes the file: the schema, the migrations, this code, the scale. */
export function fixtureHash(scale: number): string {
  const h = crypto.createHash('sha256').update(`scale=${scale}\n`);
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      .sort();
  for (const f of [
    ...files(path.join(ROOT, 'db/migrations')),
    ...files(path.join(ROOT, 'db/schema')),
    path.join(ROOT, 'db/seed/foundation.ts'),
    path.join(HERE, 'fixture.ts'),
  ]) {
    h.update(path.relative(ROOT, f)).update(fs.readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

/** `<dir>/<hash>.db`, built when missing (into a .part file, renamed when complete). */
export async function ensureFixture(dir: string, scale: number, log: (m: string) => void): Promise<Fixture> {
  const file = path.join(dir, `${fixtureHash(scale)}.db`);
  if (fs.existsSync(file)) return { file, reused: true, seconds: 0 };
  fs.mkdirSync(dir, { recursive: true });
  const part = `${file}.part`;
  for (const f of [part, `${part}-wal`, `${part}-shm`]) fs.rmSync(f, { force: true });
  const started = performance.now();
  await buildFixture(part, scale, log);
  fs.renameSync(part, file);
  return { file, reused: false, seconds: (performance.now() - started) / 1000 };
}

/** A private copy per run, so the benchmark's writes never reach the reusable fixture. */
export function copyFixture(file: string, dir: string): string {
  const target = path.join(dir, 'bench.db');
  fs.copyFileSync(file, target);
  return target;
}

/**
 * Names, ID numbers and phones come from pools built once with the seed's generators: generating a
 * valid ID per row costs more than inserting it, and a benchmark needs realistic text, not unique people.
 */
function pools(rng: Rng) {
  const make = <T>(size: number, f: () => T) => Array.from({ length: size }, f);
  const person = make(8192, () => personName(rng));
  const ids = new Map<string, string[]>(REGIONS.map((r) => [r.code, make(2048, () => residentId(rng, r.code))]));
  const phone = make(8192, () => mobile(rng));
  const company = new Map<string, string[]>(REGIONS.map((r) => [r.code, make(1024, () => companyName(rng, r.short))]));
  const any = <T>(list: readonly T[]) => list[Math.floor(rng.next() * list.length)];
  return {
    person: () => any(person),
    idNumber: (region: string) => any(ids.get(region)!),
    phone: () => any(phone),
    // Branch numbers keep names realistic and mostly distinct (a city has many 华信科技有限公司 branches).
    company: (region: string) => `${any(company.get(region)!)}${rng.chance(0.7) ? `第${rng.int(1, 99)}分公司` : ''}`,
  };
}
type Pools = ReturnType<typeof pools>;

const rows = (scale: number) => Math.max(1, Math.round(MILLION * scale));
const iso = (ms: number) => new Date(ms).toISOString();

async function buildFixture(file: string, scale: number, log: (m: string) => void) {
  const db = openDb(file);
  const sqlite = db.$client;
  // A throw-away build: durability buys nothing here, speed does (the copy the servers use is opened normally).
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  const rng = createRng(16);
  const orgIds: Record<string, number> = {};
  const staffIds: Record<string, number> = {};
  await seedFoundation({ db, rng, scale: 1, now: new Date(FIXTURE_NOW), staffIds, orgIds, log: () => {} });
  const n = rows(scale);
  const pool = pools(rng);
  const step = (label: string, fill: () => void) => {
    const t = performance.now();
    sqlite.transaction(fill)();
    log(`  ${label.padEnd(34)} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  // Bulk load: no journal, and the big tables' indexes and triggers (FTS upkeep, the audit log's
  // no-replace check) taken off while rows go in, then rebuilt from the finished tables in one pass
  // each: sorting a million keys once is far cheaper than a million B-tree inserts at random places.
  // The schema text is kept verbatim and replayed, so the file ends with exactly the migrated schema.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('foreign_keys = OFF');
  const deferred = sqlite
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (${BULK_TABLES.map(() => '?').join(', ')}) ORDER BY type, name`,
    )
    .all(...BULK_TABLES) as { type: 'index' | 'trigger'; name: string; sql: string }[];
  for (const d of deferred) sqlite.exec(`DROP ${d.type.toUpperCase()} "${d.name}"`);
  step(`${n.toLocaleString()} units`, () => fillUnits(sqlite, rng, pool, n));
  step(`${n.toLocaleString()} appeals`, () => fillAppeals(sqlite, rng, pool, n, staffIds));
  step(`${n.toLocaleString()} title applications`, () => fillTitles(sqlite, rng, pool, n, orgIds));
  step(`${n.toLocaleString()} audit rows`, () => fillAudit(sqlite, rng, pool, n));
  step(`${deferred.filter((d) => d.type === 'index').length} indexes rebuilt`, () => {
    for (const d of deferred) if (d.type === 'index') sqlite.exec(d.sql);
  });
  step('FTS rebuilt, triggers restored', () => {
    for (const fts of ['units_fts', 'appeals_fts', 'title_applications_fts'])
      sqlite.exec(`INSERT INTO ${fts}(${fts}) VALUES ('rebuild')`);
    for (const d of deferred) if (d.type === 'trigger') sqlite.exec(d.sql);
  });
  const t = performance.now();
  sqlite.exec('ANALYZE');
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length) throw new Error(`fixture: ${broken.length} rows break a foreign key`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('journal_mode = WAL');
  log(`  ${'ANALYZE + foreign key check'.padEnd(34)} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  sqlite.close();
}

/** The tables the fixture fills by the million. */
const BULK_TABLES = ['units', 'appeals', 'title_applications', 'title_application_orgs', 'audit_logs'];

type Sqlite = ReturnType<typeof openDb>['$client'];

const USCC_BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A valid USCC that is unique by construction: the organisation code spells `i` in base 31. */
function usccFor(i: number, region: string, rng: Rng): string {
  let code = '';
  for (let k = 0, x = i; k < 9; k++, x = Math.floor(x / 31)) code = USCC_BODY[x % 31] + code;
  const first17 = `9${rng.pick(['1', '2', '3'])}${region}${code}`;
  return first17 + usccCheckChar(first17);
}

const UNIT_STATUS: [string, number][] = [
  ['active', 70],
  ['pending_activation', 15],
  ['frozen', 10],
  ['cancelled', 5],
];
const UNIT_CHANNEL: [string, number][] = [
  ['online', 70],
  ['offline', 15],
  ['appeal', 10],
  ['third_party', 5],
];
const LEGAL_TYPES: [string, number][] = [
  ['enterprise', 80],
  ['individual_business', 8],
  ['public_institution', 6],
  ['social_org', 3],
  ['government', 2],
  ['other', 1],
];

function fillUnits(sqlite: Sqlite, rng: Rng, pool: Pools, n: number) {
  const insert = sqlite.prepare(
    `INSERT INTO units (uscc, name, legal_person_type, legal_rep_name, id_type, id_number, id_valid_from, id_valid_to, phone, account,
       status, channel, region, admin_quota, operator_quota, admin_count, operator_count, registered_address, activated_at, status_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'resident_id', ?, ?, ?, ?, ?, ?, ?, ?, 1, 10, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const start = FIXTURE_NOW - 6 * 365 * DAY;
  for (let i = 0; i < n; i++) {
    const region = rng.pick(REGIONS);
    const status = pickWeighted(rng, UNIT_STATUS);
    const created = start + Math.floor(((FIXTURE_NOW - start) * i) / n);
    const active = status !== 'pending_activation';
    insert.run(
      usccFor(i, region.code, rng),
      pool.company(region.code),
      pickWeighted(rng, LEGAL_TYPES),
      pool.person(),
      pool.idNumber(region.code),
      '2018-01-01',
      rng.chance(0.3) ? null : '2038-01-01',
      pool.phone(),
      `dw${String(i + 1).padStart(8, '0')}`,
      status,
      pickWeighted(rng, UNIT_CHANNEL),
      region.name,
      active ? 1 : 0,
      active ? rng.int(0, 10) : 0,
      `${region.name}人民大街${rng.int(1, 9999)}号`,
      active ? iso(created + DAY) : null,
      status === 'frozen' ? '经办人身份待核实' : status === 'cancelled' ? '单位已注销登记' : null,
      iso(created),
      iso(created + DAY),
    );
  }
}

const APPEAL_STATUS: [string, number][] = [
  ['submitted', 8],
  ['processing', 10],
  ['supplement_requested', 4],
  ['approved', 52],
  ['rejected', 26],
];

function fillAppeals(sqlite: Sqlite, rng: Rng, pool: Pools, n: number, staffIds: Record<string, number>) {
  const units = (sqlite.prepare('SELECT count(*) AS c FROM units').get() as { c: number }).c;
  const insert = sqlite.prepare(
    `INSERT INTO appeals (type, status, uscc, name, legal_person_type, legal_rep_name, id_type, id_number, id_valid_from, id_valid_to, phone, account,
       remark, changes, unit_id, assignee_id, submitted_at, deadline_days, due_date, claimed_at, decided_at, decided_by, decision_note, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'enterprise', ?, 'resident_id', ?, '2018-01-01', NULL, ?, ?, ?, ?, ?, ?, ?, 5, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const agents = [staffIds.kefu01, staffIds.kefu02];
  const start = FIXTURE_NOW - 3 * 365 * DAY;
  for (let i = 0; i < n; i++) {
    const region = rng.pick(REGIONS);
    const status = pickWeighted(rng, APPEAL_STATUS);
    const open = status === 'submitted' || status === 'processing' || status === 'supplement_requested';
    // Open appeals are recent; decided ones spread over three years.
    const submitted = open
      ? FIXTURE_NOW - rng.int(0, 20 * 86400) * 1000
      : start + Math.floor(((FIXTURE_NOW - 30 * DAY - start) * i) / n);
    const registration = rng.chance(0.6);
    const decided = status === 'approved' || status === 'rejected';
    const assignee = status === 'submitted' ? null : rng.pick(agents);
    insert.run(
      registration ? 'assisted_registration' : 'info_change',
      status,
      // Registrations name a unit that does not exist yet: its USCC is outside the units' range.
      usccFor(registration ? 20 * MILLION + i : rng.int(0, Math.max(0, units - 1)), region.code, rng),
      pool.company(region.code),
      pool.person(),
      pool.idNumber(region.code),
      pool.phone(),
      `sq${String(i + 1).padStart(8, '0')}`,
      registration ? '原经办人离职，无法登录，申请协助注册' : '法定代表人变更，申请修改单位信息',
      registration ? null : JSON.stringify({ legalRepName: pool.person(), phone: pool.phone() }),
      registration ? null : rng.int(1, units),
      assignee,
      iso(submitted),
      iso(submitted + 7 * DAY).slice(0, 10),
      assignee ? iso(submitted + DAY) : null,
      decided ? iso(submitted + rng.int(1, 7) * DAY) : null,
      decided ? assignee : null,
      decided ? (status === 'approved' ? '材料齐全，予以通过' : '营业执照与申请信息不符') : null,
      iso(submitted),
      iso(submitted + (decided ? 7 : 1) * DAY),
    );
  }
}

const TITLE_UNITS: [string, number][] = [
  ['cc_hospital', 48],
  ['cc_children', 20],
  ['jl_hospital', 13],
  ['jl_company', 7],
  ['cc_school', 9],
  ['cc_primary', 7],
];
const TITLE_STATUS: [string, number][] = [
  ['pending', 34],
  ['awaiting_submission', 16],
  ['returned', 9],
  ['rejected', 8],
  ['approved', 33],
];
const TITLE_NAMES: Record<TitleLevel, string[]> = {
  junior: ['医师', '护师', '药师', '二级教师'],
  intermediate: ['主治医师', '主管护师', '主管药师', '一级教师'],
  associate_senior: ['副主任医师', '副主任护师', '副主任药师', '高级教师'],
  senior: ['主任医师', '主任护师', '主任药师', '正高级教师'],
};

function fillTitles(sqlite: Sqlite, rng: Rng, pool: Pools, n: number, orgIds: Record<string, number>) {
  const orgs = sqlite.prepare('SELECT id, name, level, parent_id AS parentId FROM orgs').all() as (OrgNode & {
    parentId: number | null;
  })[];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const ancestry = (id: number) => {
    const out: OrgNode[] = [];
    for (let o = byId.get(id); o; o = o.parentId == null ? undefined : byId.get(o.parentId)) out.push(o);
    return out;
  };
  const chains = new Map<string, ChainStep[]>();
  const chainFor = (unitId: number, level: TitleLevel) => {
    const key = `${unitId}:${level}`;
    if (!chains.has(key)) {
      const c = reviewChain(ancestry(unitId), level);
      if (!('chain' in c)) throw new Error(c.problem);
      chains.set(key, c.chain);
    }
    return chains.get(key)!;
  };
  const at = iso(FIXTURE_NOW - 200 * DAY);
  const plan = sqlite.prepare(
    `INSERT INTO title_plans (name, series, year, levels, start_date, end_date, description, created_at, updated_at) VALUES (?, ?, 2026, ?, '2026-01-05', '2026-06-30', '', ?, ?)`,
  );
  const plans = {
    health_senior: Number(
      plan.run('2026年度卫生系列高级职称申报', '卫生系列', '["associate_senior","senior"]', at, at).lastInsertRowid,
    ),
    health_junior: Number(
      plan.run('2026年度卫生系列初中级职称申报', '卫生系列', '["junior","intermediate"]', at, at).lastInsertRowid,
    ),
    teacher: Number(
      plan.run(
        '2026年度中小学教师职称评审',
        '教育系列',
        '["junior","intermediate","associate_senior","senior"]',
        at,
        at,
      ).lastInsertRowid,
    ),
  };
  const insert = sqlite.prepare(
    `INSERT INTO title_applications (plan_id, series, level, title_name, applicant_name, applicant_id_number, applicant_phone, unit_org_id, chain,
       current_step, current_org_id, status, submitted_at, decided_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const visit = sqlite.prepare(
    'INSERT INTO title_application_orgs (org_id, application_id, arrived_at) VALUES (?, ?, ?)',
  );
  for (let i = 0; i < n; i++) {
    const unitKey = pickWeighted(rng, TITLE_UNITS);
    const teacher = unitKey === 'cc_school' || unitKey === 'cc_primary';
    const planKey = teacher ? 'teacher' : rng.chance(0.45) ? 'health_senior' : 'health_junior';
    const level: TitleLevel = teacher
      ? pickWeighted(rng, [
          ['junior', 20],
          ['intermediate', 40],
          ['associate_senior', 30],
          ['senior', 10],
        ] as [TitleLevel, number][])
      : planKey === 'health_senior'
        ? rng.chance(0.7)
          ? 'associate_senior'
          : 'senior'
        : rng.chance(0.4)
          ? 'junior'
          : 'intermediate';
    const chain = chainFor(orgIds[unitKey], level);
    const last = chain.length - 1;
    const status = pickWeighted(rng, TITLE_STATUS);
    const stepWeights = (
      [
        [0, 4],
        [1, 3],
        [2, 3],
        [3, 2],
      ] as [number, number][]
    ).filter(([s]) => s <= last);
    const stepNow =
      status === 'approved'
        ? last
        : status === 'awaiting_submission'
          ? rng.int(0, Math.max(0, last - 1))
          : pickWeighted(rng, stepWeights);
    const submitted = FIXTURE_NOW - rng.int(5 * 86400, 170 * 86400) * 1000;
    const decided = status === 'approved' || status === 'rejected';
    const id = Number(
      insert.run(
        plans[planKey],
        teacher ? '教育系列' : '卫生系列',
        level,
        rng.pick(TITLE_NAMES[level]),
        pool.person(),
        pool.idNumber('220100'),
        pool.phone(),
        orgIds[unitKey],
        JSON.stringify(chain),
        stepNow,
        chain[stepNow].orgId,
        status,
        iso(submitted),
        decided ? iso(submitted + 4 * DAY) : null,
        iso(submitted),
        iso(submitted + 2 * DAY),
      ).lastInsertRowid,
    );
    for (let s = 0; s <= stepNow; s++) visit.run(chain[s].orgId, id, iso(submitted + s * DAY));
  }
}

const AUDIT_ACTIONS: [string, number][] = [
  ['titleApplications.pass', 30],
  ['appeals.approve', 12],
  ['appeals.claim', 12],
  ['units.activate', 12],
  ['auth.login', 14],
  ['units.pii_reveal', 6],
  ['units.freeze', 3],
  ['titleApplications.return', 6],
  ['institutions.open', 2],
  ['staff.update', 1],
];

const AUDIT_RESOURCE: Record<string, string> = { titleApplications: 'title-applications', auth: 'staff' };

function fillAudit(sqlite: Sqlite, rng: Rng, pool: Pools, n: number) {
  const insert = sqlite.prepare(
    'INSERT INTO audit_logs (at, actor_id, actor_name, action, resource, resource_id, summary, ip) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const actors = sqlite.prepare('SELECT id, name FROM staff').all() as { id: number; name: string }[];
  const start = FIXTURE_NOW - 2 * 365 * DAY;
  for (let i = 0; i < n; i++) {
    const action = pickWeighted(rng, AUDIT_ACTIONS);
    const actor = rng.pick(actors);
    const area = action.split('.')[0];
    const target = rng.int(1, n);
    insert.run(
      iso(start + Math.floor(((FIXTURE_NOW - start) * i) / n)),
      actor.id,
      actor.name,
      action,
      AUDIT_RESOURCE[area] ?? area,
      String(target),
      `${action} #${target} ${pool.person()}`,
      `10.22.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    );
  }
}
