import type { StaffRole } from '../roles';
import { AppError } from '../errors';

/**
 * A workflow is one explicit table: from each state, which events lead where and who may fire them.
 * States with no events are dead ends and are written out as `{}` so the table reads complete.
 */
export type TransitionTable<S extends string, E extends string> = Record<
  S,
  Partial<Record<E, { to: S; roles: readonly StaffRole[] }>>
>;

export function nextState<S extends string, E extends string>(
  table: TransitionTable<S, E>,
  from: S,
  event: E,
): S | null {
  return table[from]?.[event]?.to ?? null;
}

/** The events the given roles may fire from `from`; records carry these as `allowedActions`. */
export function allowedEvents<S extends string, E extends string>(
  table: TransitionTable<S, E>,
  from: S,
  roles: readonly StaffRole[],
): E[] {
  const moves = table[from] ?? {};
  return (Object.keys(moves) as E[]).filter((e) => moves[e]!.roles.some((r) => roles.includes(r)));
}

/**
 * Returns the state `event` leads to, or throws: 403 when the roles may never fire it,
 * 409 when the record is in a state that does not allow it.
 */
export function transition<S extends string, E extends string>(
  table: TransitionTable<S, E>,
  from: S,
  event: E,
  roles: readonly StaffRole[],
  describe: { state: (s: S) => string; event: (e: E) => string },
): S {
  const move = table[from]?.[event];
  if (!move) {
    const anyState = Object.values(table).some((m) => (m as Record<string, unknown>)[event]);
    if (!anyState) throw new AppError(400, `未知操作：${String(event)}`);
    throw new AppError(
      409,
      `当前状态为「${describe.state(from)}」，不能执行「${describe.event(event)}」`,
      undefined,
      'illegal_transition',
    );
  }
  if (!move.roles.some((r) => roles.includes(r)))
    throw new AppError(403, `您的角色不能执行「${describe.event(event)}」`);
  return move.to;
}
