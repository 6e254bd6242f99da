import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { cacheStatements } from '../../db/statementCache';

describe('per-connection statement cache', () => {
  const open = (max?: number) => {
    const db = new Database(':memory:');
    db.exec("CREATE TABLE t (a INTEGER, b TEXT); INSERT INTO t VALUES (1, 'x'), (2, 'y')");
    cacheStatements(db, max);
    return db;
  };

  it('hands back the same compiled statement for the same SQL text', () => {
    const db = open();
    expect(db.prepare('SELECT a FROM t WHERE a = ?')).toBe(db.prepare('SELECT a FROM t WHERE a = ?'));
    expect(db.prepare('SELECT a FROM t WHERE a = ?')).not.toBe(db.prepare('SELECT b FROM t WHERE a = ?'));
  });

  it('returns a cached select in its default (object) mode after a caller switched raw() on', () => {
    const db = open();
    expect(db.prepare('SELECT a, b FROM t ORDER BY a').raw().all()).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
    expect(db.prepare('SELECT a, b FROM t ORDER BY a').all()).toEqual([
      { a: 1, b: 'x' },
      { a: 2, b: 'y' },
    ]);
  });

  it('leaves better-sqlite3 pragma() alone (simple pragmas still pluck, full ones still return rows)', () => {
    const db = open();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.pragma('user_version')).toEqual([{ user_version: 0 }]);
  });

  it('keeps at most `max` statements, dropping the least recently used', () => {
    const db = open(2);
    const one = db.prepare('SELECT 1');
    db.prepare('SELECT 2');
    expect(db.prepare('SELECT 1')).toBe(one); // used again: now the most recent
    db.prepare('SELECT 3'); // evicts SELECT 2
    expect(db.prepare('SELECT 1')).toBe(one);
    const two = db.prepare('SELECT 2');
    expect(two.get()).toEqual({ 2: 2 });
    expect(db.prepare('SELECT 3')).not.toBe(two);
  });

  it('works inside transactions and for writes', () => {
    const db = open();
    db.transaction(() => {
      db.prepare('INSERT INTO t VALUES (?, ?)').run(3, 'z');
      db.prepare('INSERT INTO t VALUES (?, ?)').run(4, 'w');
    })();
    expect(db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 4 });
  });
});
