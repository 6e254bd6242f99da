import type { Db, DbOrTx, Tx } from '../../db/client';
import type { AppContext } from '../context';
import { notFound, staleVersion, type AppError } from '../domain/errors';
import { can, type Permission } from '../domain/policy';
import type { Actor } from '../domain/roles';
import { describeChanges, describeFields, recordAudit } from '../audit/record';
import type { ListParams } from '../../db/lists';

interface Entry {
  id: number;
  version: number;
}

/** What a catalogue module says about itself; the use cases below are the same for each. */
export interface CatalogueSpec<Row extends Entry, Input, Fields extends Record<string, unknown>> {
  repo: {
    list(db: Db, p: ListParams): { rows: Row[]; total: number };
    find(db: DbOrTx, id: number): Row | undefined;
    holderOf(db: DbOrTx, value: string): { id: number } | undefined;
    insert(tx: Tx, values: Fields & { createdAt: string; updatedAt: string }): number;
    update(tx: Tx, id: number, set: Fields & { updatedAt: string; version: number }): unknown;
    remove(tx: Tx, id: number): unknown;
  };
  /** The resource name in audit rows, and the prefix of their actions (`rejectReasons.create`). */
  resource: string;
  auditPrefix: string;
  write: Permission;
  /** What a writer may do with an entry (the buttons the list shows). */
  actions: string[];
  missing: string;
  /** The columns a create or update writes, from the validated body. */
  fields(input: Input): Fields;
  /** The value that must be unique, and the 409 when another entry holds it. */
  unique(fields: Fields): string;
  duplicate(fields: Fields): AppError;
  createdSummary?(fields: Fields): string;
  removedSummary?(row: Row): string;
  /** Runs inside every change's transaction after the write; may add to the audit summary. */
  afterChange?(tx: Tx, summary: string): string;
}

/** list / get / create / update / remove of a small catalogue: uniqueness, version, audit row in the change's transaction. */
export function catalogue<Row extends Entry, Input, Fields extends Record<string, unknown>>(
  spec: CatalogueSpec<Row, Input, Fields>,
) {
  const { repo } = spec;
  const present = (actor: Actor, r: Row) => ({ ...r, allowedActions: can(actor, spec.write) ? spec.actions : [] });
  const summarise = (tx: Tx, summary: string) => (spec.afterChange ? spec.afterChange(tx, summary) : summary);
  const audit = (tx: Tx, actor: Actor, verb: string, id: number, summary: string, at: string) =>
    recordAudit(tx, {
      actor,
      action: `${spec.auditPrefix}.${verb}`,
      resource: spec.resource,
      resourceId: id,
      summary: summarise(tx, summary),
      at,
    });
  const existing = (db: DbOrTx, id: number) => {
    const row = repo.find(db, id);
    if (!row) throw notFound(spec.missing);
    return row;
  };

  function list(ctx: AppContext, actor: Actor, p: ListParams) {
    const { rows, total } = repo.list(ctx.db, p);
    return { rows: rows.map((r) => present(actor, r)), total };
  }

  const get = (ctx: AppContext, actor: Actor, id: number) => present(actor, existing(ctx.db, id));

  function create(ctx: AppContext, actor: Actor, input: Input) {
    const at = ctx.clock.now().toISOString();
    const fields = spec.fields(input);
    const id = ctx.db.transaction(
      (tx) => {
        if (repo.holderOf(tx, spec.unique(fields))) throw spec.duplicate(fields);
        const id = repo.insert(tx, { ...fields, createdAt: at, updatedAt: at });
        audit(tx, actor, 'create', id, spec.createdSummary ? spec.createdSummary(fields) : describeFields(fields), at);
        return id;
      },
      { behavior: 'immediate' },
    );
    return get(ctx, actor, id);
  }

  function update(ctx: AppContext, actor: Actor, id: number, input: Input & { version: number }) {
    const at = ctx.clock.now().toISOString();
    const next = spec.fields(input);
    ctx.db.transaction(
      (tx) => {
        const before = existing(tx, id);
        if (before.version !== input.version) throw staleVersion();
        const other = repo.holderOf(tx, spec.unique(next));
        if (other && other.id !== id) throw spec.duplicate(next);
        repo.update(tx, id, { ...next, updatedAt: at, version: before.version + 1 });
        audit(
          tx,
          actor,
          'update',
          id,
          describeChanges(before as unknown as Record<string, unknown>, next) || '无变化',
          at,
        );
      },
      { behavior: 'immediate' },
    );
    return get(ctx, actor, id);
  }

  function remove(ctx: AppContext, actor: Actor, id: number) {
    const at = ctx.clock.now().toISOString();
    return ctx.db.transaction(
      (tx) => {
        const before = existing(tx, id);
        repo.remove(tx, id);
        audit(tx, actor, 'delete', id, spec.removedSummary ? spec.removedSummary(before) : `#${id}`, at);
        return present(actor, before);
      },
      { behavior: 'immediate' },
    );
  }

  return { list, get, create, update, remove };
}
