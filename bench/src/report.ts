import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunFigures } from './load';

export interface TargetCheck {
  name: string;
  pass: boolean;
  detail: string;
}

/** Statements per request may wobble by the amortised audit-outbox writes; a per-item query would add ≥ 1. */
const SQL_GROWTH_TOLERANCE = 0.5;
const GATEWAY_P99_FACTOR = 3;

/** Profile by id at the same fixed request rate through both targets. */
export const PACED_BY_ID = 'profile by id paced';

const find = (runs: RunFigures[], scenario: string, target: RunFigures['target']) => runs.find((run) => run.scenario === scenario && run.target === target);

export function targetChecks(runs: RunFigures[]): TargetCheck[] {
  const pageSizes = (['gateway', 'direct'] as const).map((target) => ({ target, small: find(runs, 'list 10', target), large: find(runs, 'list 100', target) }));
  const sqlDetail = pageSizes
    .map(({ target, small, large }) => `${target}: ${small?.sqlStatementsPerRequest ?? '?'} (10) vs ${large?.sqlStatementsPerRequest ?? '?'} (100)`)
    .join('; ');
  const sqlPass = pageSizes.every(
    ({ small, large }) =>
      small && large && !small.failed && !large.failed && large.sqlStatementsPerRequest - small.sqlStatementsPerRequest < SQL_GROWTH_TOLERANCE,
  );
  const gateway = find(runs, 'profile by id', 'gateway');
  const direct = find(runs, 'profile by id', 'direct');
  const pacedGateway = find(runs, PACED_BY_ID, 'gateway');
  const pacedDirect = find(runs, PACED_BY_ID, 'direct');
  const paced =
    pacedGateway && pacedDirect
      ? `; at ${pacedGateway.overallRate} req/s on both: gateway p99 ${pacedGateway.latencyMs.p99} ms, direct p99 ${pacedDirect.latencyMs.p99} ms`
      : '';
  const p99Pass = !!gateway && !!direct && !gateway.failed && !direct.failed && gateway.latencyMs.p99 <= GATEWAY_P99_FACTOR * direct.latencyMs.p99;
  return [
    { name: 'SQL statements per list request do not grow with page size', pass: sqlPass, detail: `statements per request, ${sqlDetail}` },
    {
      name: `gateway p99 on profile-by-id within ${GATEWAY_P99_FACTOR}x the direct subgraph floor`,
      pass: p99Pass,
      detail: `gateway p99 ${gateway?.latencyMs.p99 ?? '?'} ms, direct p99 ${direct?.latencyMs.p99 ?? '?'} ms, limit ${direct ? GATEWAY_P99_FACTOR * direct.latencyMs.p99 : '?'} ms (fixed concurrency)${paced}`,
    },
  ];
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [line(cells[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function formatReport(runs: RunFigures[], checks: TargetCheck[]): string {
  const errorCount = (run: RunFigures) => Object.values(run.errors).reduce((sum, count) => sum + count, 0);
  const results = table(
    ['scenario', 'target', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'SQL/req', 'loyalty SQL/req', 'subgraph req/req', 'status'],
    runs.map((run) => [
      run.scenario,
      run.target,
      run.requestsPerSecond,
      run.latencyMs.p50,
      run.latencyMs.p99,
      errorCount(run),
      run.sqlStatementsPerRequest,
      run.loyaltySqlStatementsPerRequest,
      run.profilesRequestsPerRequest,
      run.failed ? 'FAILED' : 'ok',
    ]),
  );
  const last = runs[runs.length - 1];
  const memory = last
    ? Object.entries(last.peakMemoryMb)
        .map(([name, mb]) => `${name} ${mb} MB`)
        .join(', ')
    : 'n/a';
  const failures = runs
    .filter((run) => run.failed)
    .map((run) => `  ${run.scenario} / ${run.target}: ${JSON.stringify(run.errors)}${run.firstErrorBody ? `\n    first: ${run.firstErrorBody}` : ''}`);
  return [
    results,
    '',
    `peak memory (VmHWM): ${memory}`,
    ...(failures.length ? ['', 'failed runs:', ...failures] : []),
    '',
    ...checks.map((check) => `${check.pass ? 'PASS' : 'FAIL'}  ${check.name} — ${check.detail}`),
  ].join('\n');
}

export function writeResults(directory: string, figures: object): string {
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}
