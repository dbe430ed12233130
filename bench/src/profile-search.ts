import { createConnection, RowDataPacket } from 'mysql2/promise';
import { encodeCursor, MAX_PAGE_OFFSET } from '@wayfarer/kit';
import { TEST_DB } from '@wayfarer/kit/dist/testing/test-database';
import { Probes, RunFigures, runScenario, Target } from './load';
import { TargetCheck } from './report';
import { ConnectionContext, GraphqlRequest, Scenario } from './scenarios';
import { SeededTravellers } from './seed';

export const SEARCH_P99_LIMIT_MS = 10;
export const LIST_PAGE_P99_LIMIT_MS = 50;

const ONE_CONNECTION = ' (1 connection)';
const ITEMS = 'items { id fullName emails { address type isDefault } department updatedAt }';

const SEARCH = `query BenchFind($filter: ProfileFilter!) {
  profiles(filter: $filter, page: { limit: 25 }) { ${ITEMS} total }
}`;

const PAGE = `query BenchPage($page: PageInput!) {
  profiles(filter: { status: ACTIVE }, sort: { field: FAMILY_NAME, direction: ASC }, page: $page) { ${ITEMS} total nextCursor }
}`;

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)];

const SEGMENTS = ['region:europe', 'region:asia', 'region:north-america', 'age:25-34', 'age:45-54', 'context:business'];

const finding = (name: string, description: string, filter: () => Record<string, unknown>): Scenario => ({
  name,
  description,
  next: (): GraphqlRequest => ({ query: SEARCH, variables: { filter: filter() } }),
  // An exact search for a seeded value that finds nobody is a broken search, not a fast one.
  accepts: (body) => !body.includes('"items":[]'),
});

/** The searches of issue 3, each for values the seed wrote, so every one finds somebody. */
export function searchScenarios(seeded: SeededTravellers): Scenario[] {
  const prefixes = [...new Set(seeded.familyNames.map((name) => name.slice(0, 3)))];
  return [
    finding('search name', 'name prefix (3 letters of a seeded family name, accents as typed), first 25 with capped total', () => ({ search: pick(prefixes) })),
    finding('search e-mail', 'a seeded e-mail address, whole', () => ({ search: pick(seeded.samples.emails) })),
    finding('search phone', 'a seeded phone number, exact E.164', () => ({ phone: pick(seeded.samples.phones) })),
    finding('search document', 'a seeded passport number, exact, by keyed hash', () => ({ documentNumber: pick(seeded.samples.passportNumbers) })),
    finding('search segment', 'a derived segment (region, age band, travel context), first 25 with capped total', () => ({ segment: pick(SEGMENTS) })),
  ];
}

/**
 * The cursor a page ending on the active traveller at `position` (by family name) would hand out;
 * offsets no longer reach that deep, so the row is picked in SQL.
 */
export async function deepCursor(database: string, position: number): Promise<string> {
  const connection = await createConnection({ ...TEST_DB, database });
  try {
    const [rows] = await connection.query<RowDataPacket[]>("SELECT name_key, id FROM profiles WHERE status = 'ACTIVE' ORDER BY name_key, id LIMIT 1 OFFSET ?", [
      position,
    ]);
    if (!rows[0]) throw new Error(`no active traveller at position ${position}`);
    return encodeCursor(rows[0].name_key, rows[0].id);
  } finally {
    await connection.end();
  }
}

/** The console's list at its first page, the deepest page by offset, and the page after a cursor halfway down. */
export function listPageScenarios(activeProfiles: number, cursor: string): Scenario[] {
  // Offsets stop at MAX_PAGE_OFFSET (deeper rows are reached by cursor), so the deepest one is measured.
  const deepOffset = Math.min(MAX_PAGE_OFFSET, Math.max(0, activeProfiles - 25));
  const page = (name: string, description: string, next: (context: ConnectionContext) => Record<string, unknown>): Scenario => ({
    name,
    description,
    next: (context) => ({ query: PAGE, variables: { page: next(context) } }),
    accepts: (body) => !body.includes('"items":[]'),
  });
  return [
    page('page first', 'ACTIVE by family name, first 25, with total', () => ({ limit: 25 })),
    page('page deep offset', `ACTIVE by family name, 25 at offset ${deepOffset} (deferred join)`, () => ({ limit: 25, offset: deepOffset })),
    page('page deep cursor', `ACTIVE by family name, the 25 after a cursor at ${Math.floor(activeProfiles / 2)} (keyset)`, () => ({
      limit: 25,
      after: cursor,
    })),
  ];
}

/** Searches and pages at one connection, the latency of one request, through both targets. */
export async function runsAtOneConnection(
  scenarios: Scenario[],
  targets: Target[],
  options: { seconds: number; warmupSeconds: number },
  probes: Probes,
): Promise<RunFigures[]> {
  const runs: RunFigures[] = [];
  for (const scenario of scenarios) {
    for (const target of targets)
      runs.push(await runScenario({ ...scenario, name: `${scenario.name}${ONE_CONNECTION}` }, target, { connections: 1, ...options }, probes));
  }
  return runs;
}

function latencyCheck(runs: RunFigures[], prefix: string, expected: number, limitMs: number, name: string): TargetCheck {
  const measured = runs.filter((run) => run.scenario.startsWith(prefix) && run.scenario.endsWith(ONE_CONNECTION) && run.target === 'gateway');
  return {
    name,
    pass: measured.length === expected && measured.every((run) => !run.failed && run.latencyMs.p99 < limitMs),
    detail:
      measured.map((run) => `${run.scenario.replace(ONE_CONNECTION, '')} p99 ${run.latencyMs.p99} ms${run.failed ? ' (failed)' : ''}`).join(', ') || 'not run',
  };
}

export function searchCheck(runs: RunFigures[]): TargetCheck {
  return latencyCheck(runs, 'search ', 5, SEARCH_P99_LIMIT_MS, `every search p99 under ${SEARCH_P99_LIMIT_MS} ms through the gateway at 1 connection`);
}

export function listPagesCheck(runs: RunFigures[]): TargetCheck {
  return latencyCheck(
    runs,
    'page ',
    3,
    LIST_PAGE_P99_LIMIT_MS,
    `list pages, deep ones included, p99 under ${LIST_PAGE_P99_LIMIT_MS} ms through the gateway at 1 connection`,
  );
}
