import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'server');
const HTTP = path.join(SERVER, 'http');

// Files that still query outside a repo, each with its reason; the list only shrinks.

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every module specifier a file names: static imports, re-exports, side-effect imports and import(). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) found.push(m[1]);
  return found;
}

const isDrizzle = (spec: string) => spec === 'drizzle-orm' || spec.startsWith('drizzle-orm/');
const isRepo = (file: string) => file.endsWith('.repo.ts');
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const files = walk(SERVER).map((file) => ({ file, name: rel(file), specs: specifiers(readFileSync(file, 'utf8')) }));

describe('the import boundary (nothing but repos imports drizzle-orm)', () => {
  it('finds every form of import the check relies on', () => {
    const sample =
      "import { eq } from 'drizzle-orm';\nimport type { SQL } from \"drizzle-orm\";\nexport { x } from 'drizzle-orm/sqlite-core';\nimport 'drizzle-orm/side';\nconst m = await import('drizzle-orm/x');";
    expect(specifiers(sample).filter(isDrizzle)).toHaveLength(5);
    expect(files.length).toBeGreaterThan(50);
  });

  it('no service, route or helper under server/ imports drizzle-orm; only *.repo.ts does', () => {
    const offenders = files.filter((f) => !isRepo(f.file) && f.specs.some(isDrizzle)).map((f) => f.name);
    expect(offenders).toEqual([]);
  });

  it('no repo imports from server/http/ (repos never know HTTP)', () => {
    const offenders = files
      .filter((f) => isRepo(f.file))
      .filter((f) =>
        f.specs.some((s) => s.startsWith('.') && path.resolve(path.dirname(f.file), s).startsWith(HTTP + path.sep)),
      )
      .map((f) => f.name);
    expect(offenders).toEqual([]);
  });
});
