import { tmpdir } from 'node:os';
import { createDataSource, Principal, utcToday } from '@wayfarer/kit';
import { checkLedgerInvariants, expirePointsLots, LOYALTY_ENTITIES, LoyaltySchemeService, reevaluateTiers } from '@wayfarer/loyalty';
import { Probes, RunFigures, runScenario, Target } from './load';
import { TargetCheck } from './report';
import { Scenario } from './scenarios';
import { SeededLoyalty, SeededMember } from './loyalty-seed';
import { AGENT_SCOPES, BENCH_AGENT } from './tokens';

/** An agent who also serves the scheme's members: reads status, posts earns and redemptions. */
export const BENCH_LOYALTY_AGENT: Principal = {
  ...BENCH_AGENT,
  id: 'bench-loyalty-agent',
  scopes: [...AGENT_SCOPES, 'loyalty:read', 'loyalty:write', 'loyalty:earn'],
};

export const LOYALTY_LIMITS_MS = { status: 10, statement: 20, write: 30, profile: 25 };
export const LOYALTY_TASK_LIMITS_S = { expiry: 60, tiers: 30 };

/** Member status as Open Loyalty gives it: every balance, tier and next tier, what the next tier and retention need, what expires next month. */
export const MEMBER_STATUS = `id status availablePoints pendingPoints earnedPoints usedPoints expiredPoints
  tier { code name } nextTier { code name qualifyingPoints } qualifyingPoints qualifyingTrips pointsToNextTier tripsToNextTier
  tierPeriodEndsOn daysUntilTierRetention pointsToRetainTier pointsExpiringNextMonth`;

const STATUS = `query BenchLoyaltyStatus($id: ID!) { loyaltyMember(id: $id) { ${MEMBER_STATUS} } }`;

const STATEMENT = `query BenchLoyaltyStatement($id: ID!, $page: PageInput!) {
  loyaltyMember(id: $id) { id statement(page: $page) { items { id kind points postedAt bookingReference travelDate } nextCursor } }
}`;

const PROFILE_WITH_LOYALTY = `query BenchProfileLoyalty($id: ID!) {
  profile(id: $id) {
    id fullName
    emails { address type isDefault }
    loyaltyMember { ${MEMBER_STATUS} }
  }
}`;

const EARN = `mutation BenchEarn($input: EarnLoyaltyPointsInput!) { earnLoyaltyPoints(input: $input) { id points } }`;
const REDEEM = `mutation BenchRedeem($input: RedeemLoyaltyPointsInput!) { redeemLoyaltyPoints(input: $input) { id points } }`;

export const ONE_CONNECTION = ' (1 connection)';
const REDEEMED_POINTS = 10;
/** Enough for every redemption a run at 10 connections can post on one member. */
const REDEEMABLE_FROM = 2_000;

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)];

/** The latency of one request: status, statement pages (first and three quarters down the longest ledger), and a profile with its status across two subgraphs. */
export function loyaltyReadScenarios(seeded: SeededLoyalty): Scenario[] {
  const { memberId, depth, entries, cursor } = seeded.deepStatement;
  const statement = (name: string, description: string, page: Record<string, unknown>): Scenario => ({
    name,
    description,
    next: () => ({ query: STATEMENT, variables: { id: memberId, page } }),
    accepts: (body) => body.includes('"items":[{'),
  });
  return [
    {
      name: 'loyalty status',
      description: 'a random member: balances, tier, next tier, retention and next month’s expiry',
      next: () => ({ query: STATUS, variables: { id: pick(seeded.seeded).id } }),
      accepts: (body) => body.includes('"availablePoints":'),
    },
    statement('loyalty statement first', `the newest 25 entries of the member with ${entries} entries`, { limit: 25 }),
    statement('loyalty statement deep', `25 entries after a cursor ${depth} entries down the member with ${entries} (keyset)`, { limit: 25, after: cursor }),
    {
      name: 'profile with loyalty',
      description: 'a member’s profile (profiles) with their scheme status (loyalty) in one query',
      next: () => ({ query: PROFILE_WITH_LOYALTY, variables: { id: pick(seeded.seeded).profileId } }),
      accepts: (body) => body.includes('"loyaltyMember":{'),
    },
  ];
}

/** Earns with a new booking reference each, and redemptions on members whose balance covers them. */
export function loyaltyWriteScenarios(seeded: SeededLoyalty, today: string = utcToday()): Scenario[] {
  const redeemable: SeededMember[] = seeded.seeded.filter((member) => member.id !== seeded.deepStatement.memberId && member.availablePoints >= REDEEMABLE_FROM);
  if (!redeemable.length) throw new Error('no seeded member holds enough points to redeem');
  const later = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  let earns = 0;
  return [
    {
      name: 'loyalty earn',
      description: 'earnLoyaltyPoints for a random member, a new booking reference each time, half travelled today, half pending',
      next: () => {
        earns++;
        return {
          query: EARN,
          variables: {
            input: {
              profileId: pick(seeded.seeded).profileId,
              bookingReference: `RUN${process.pid}-${Date.now()}-${earns}`,
              productType: 'FLIGHT',
              amount: 100 + (earns % 900),
              currency: 'EUR',
              bookedOn: today,
              travelDate: earns % 2 ? today : later,
            },
          },
        };
      },
      accepts: (body) => body.includes('"earnLoyaltyPoints":{'),
    },
    {
      name: 'loyalty redeem',
      description: `redeemLoyaltyPoints, ${REDEEMED_POINTS} points of a random member holding at least ${REDEEMABLE_FROM}`,
      next: () => ({ query: REDEEM, variables: { input: { memberId: pick(redeemable).id, points: REDEEMED_POINTS } } }),
      accepts: (body) => body.includes('"redeemLoyaltyPoints":{'),
    },
  ];
}

export async function loyaltyReadRuns(
  scenarios: Scenario[],
  target: Target,
  options: { seconds: number; warmupSeconds: number },
  probes: Probes,
): Promise<RunFigures[]> {
  const runs: RunFigures[] = [];
  for (const scenario of scenarios)
    runs.push(await runScenario({ ...scenario, name: `${scenario.name}${ONE_CONNECTION}` }, target, { connections: 1, ...options }, probes));
  return runs;
}

export interface LoyaltyTaskFigures {
  /** Members whose books did not balance right after the seed, and the check's time. */
  seedCheck: { violations: number; seconds: number };
  expiry: { lots: number; seconds: number };
  tiers: { members: number; seconds: number };
  finalCheck: { violations: number; seconds: number };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: Math.round(Number(process.hrtime.bigint() - started) / 1e7) / 100 };
}

/** The loyalty database as the periodic tasks see it, from the bench's own process. */
export async function withLoyaltyDatabase<T>(
  databaseUrl: string,
  work: (dataSource: ReturnType<typeof createDataSource>['dataSource']) => Promise<T>,
): Promise<T> {
  const { dataSource } = createDataSource({ service: 'bench-loyalty', databaseUrl, dataDir: tmpdir(), entities: LOYALTY_ENTITIES, migrations: [] });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function invariantCheck(databaseUrl: string): Promise<{ violations: number; seconds: number }> {
  const { value, seconds } = await withLoyaltyDatabase(databaseUrl, (dataSource) => timed(() => checkLedgerInvariants(dataSource)));
  return { violations: value.length, seconds };
}

/** The expiry and tier tasks as the subgraph runs them, called directly; then the invariant check over everything they and the runs wrote. */
export async function measureLoyaltyTasks(
  databaseUrl: string,
  seedCheck: LoyaltyTaskFigures['seedCheck'],
  on: string = utcToday(),
): Promise<LoyaltyTaskFigures> {
  return withLoyaltyDatabase(databaseUrl, async (dataSource) => {
    const expiry = await timed(() => expirePointsLots(dataSource, on));
    const tiers = await timed(() => reevaluateTiers(dataSource, new LoyaltySchemeService(dataSource), on));
    const final = await timed(() => checkLedgerInvariants(dataSource));
    return {
      seedCheck,
      expiry: { lots: expiry.value, seconds: expiry.seconds },
      tiers: { members: tiers.value, seconds: tiers.seconds },
      finalCheck: { violations: final.value.length, seconds: final.seconds },
    };
  });
}

const gatewayRun = (runs: RunFigures[], name: string) => runs.find((run) => run.scenario === name && run.target === 'gateway');

function latency(runs: RunFigures[], names: string[], limitMs: number, name: string): TargetCheck {
  const measured = names.map((scenario) => ({ scenario, run: gatewayRun(runs, scenario) }));
  return {
    name,
    pass: measured.every(({ run }) => run && !run.failed && run.latencyMs.p99 < limitMs),
    detail: measured
      .map(({ scenario, run }) =>
        run
          ? `${scenario} p99 ${run.latencyMs.p99} ms, ${run.loyaltySqlStatementsPerRequest} loyalty SQL/req${run.failed ? ' (failed)' : ''}`
          : `${scenario} not run`,
      )
      .join('; '),
  };
}

export function loyaltyChecks(runs: RunFigures[], tasks: LoyaltyTaskFigures, seeded: { members: number; entries: number; dueLots: number }): TargetCheck[] {
  const one = (name: string) => `${name}${ONE_CONNECTION}`;
  return [
    latency(
      runs,
      [one('loyalty status')],
      LOYALTY_LIMITS_MS.status,
      `loyalty member status p99 under ${LOYALTY_LIMITS_MS.status} ms through the gateway at 1 connection`,
    ),
    latency(
      runs,
      [one('loyalty statement first'), one('loyalty statement deep')],
      LOYALTY_LIMITS_MS.statement,
      `loyalty statement pages, deep ones included, p99 under ${LOYALTY_LIMITS_MS.statement} ms through the gateway at 1 connection`,
    ),
    latency(
      runs,
      ['loyalty earn', 'loyalty redeem'],
      LOYALTY_LIMITS_MS.write,
      `loyalty earn and redeem p99 under ${LOYALTY_LIMITS_MS.write} ms through the gateway at 10 connections`,
    ),
    latency(
      runs,
      [one('profile with loyalty')],
      LOYALTY_LIMITS_MS.profile,
      `profile with its loyalty status (two subgraphs) p99 under ${LOYALTY_LIMITS_MS.profile} ms through the gateway at 1 connection`,
    ),
    {
      name: `loyalty expiry task under ${LOYALTY_TASK_LIMITS_S.expiry} s over ${seeded.entries} ledger entries`,
      pass: tasks.expiry.seconds < LOYALTY_TASK_LIMITS_S.expiry && tasks.expiry.lots > 0,
      detail: `${tasks.expiry.lots} lots expired in ${tasks.expiry.seconds} s (${seeded.dueLots} were due after the seed; redemptions in the runs spend some first)`,
    },
    {
      name: `loyalty tier re-evaluation of ${seeded.members} members under ${LOYALTY_TASK_LIMITS_S.tiers} s`,
      pass: tasks.tiers.seconds < LOYALTY_TASK_LIMITS_S.tiers && tasks.tiers.members >= seeded.members,
      detail: `${tasks.tiers.members} members reviewed in ${tasks.tiers.seconds} s`,
    },
    {
      name: 'loyalty ledger invariants hold after the seed and after the runs and tasks',
      pass: tasks.seedCheck.violations === 0 && tasks.finalCheck.violations === 0,
      detail:
        `after the seed: ${tasks.seedCheck.violations} members out of balance (checked in ${tasks.seedCheck.seconds} s); ` +
        `at the end: ${tasks.finalCheck.violations} (${tasks.finalCheck.seconds} s)`,
    },
  ];
}
