/** One measured side: requests per second, latency percentiles in ms, errors (non-2xx + timeouts + resets). */
export interface Stat {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Set when the app refused the request by design (an offset or batch cap): shown instead of figures. */
  refused?: string;
}

export interface Row {
  what: string;
  app: Stat;
  raw?: Stat;
  /** `rps` compares throughput (app/raw), `p50` compares single-write latency (app/raw, lower is better). */
  compare: 'rps' | 'p50';
  target: string;
  /** null = no verdict (a figure without a target, or nothing to compare). */
  met: boolean | null;
}

const num = (n: number, digits = 1) => (n >= 100 ? n.toFixed(0) : n.toFixed(digits));

/** No request answered inside the run: the run was too short for this machine's load, not a figure. */
export const unanswered = (s: Stat) => !s.refused && s.rps === 0;

export const ratio = (r: Pick<Row, 'app' | 'raw' | 'compare'>) =>
  !r.raw || r.app.refused || unanswered(r.app) || unanswered(r.raw)
    ? null
    : r.compare === 'rps'
      ? r.app.rps / r.raw.rps
      : r.app.p50 / r.raw.p50;

function cells(s: Stat | undefined): string[] {
  if (!s) return ['—', '—', '—', '—'];
  if (s.refused) return [s.refused, '—', '—', String(s.errors)];
  if (unanswered(s)) return ['none answered', '—', '—', String(s.errors)];
  return [num(s.rps), num(s.p50), num(s.p99), String(s.errors)];
}

export function markdown(rows: Row[], heading: string): string {
  const head = [
    'what',
    'app req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'raw req/s',
    'p50 ms',
    'p99 ms',
    'ratio',
    'target',
    'met?',
  ];
  const lines = rows.map((r) => {
    const q = ratio(r);
    // A baseline that failed is no baseline: say so instead of a ratio.
    const shown = r.raw?.errors
      ? `raw errors ${r.raw.errors}`
      : q == null
        ? '—'
        : r.compare === 'rps'
          ? `${(q * 100).toFixed(0)} %`
          : `${q.toFixed(1)}×`;
    return [
      r.what,
      ...cells(r.app),
      ...cells(r.raw).slice(0, 3),
      shown,
      r.target,
      r.met == null ? '—' : r.met ? 'yes' : '**no**',
    ];
  });
  return [
    heading,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...lines.map((l) => `| ${l.join(' | ')} |`),
  ].join('\n');
}
