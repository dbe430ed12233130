import { randomBytes, randomUUID } from 'node:crypto';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { utcToday } from '@wayfarer/kit';
import { checkLedgerInvariants, expirePointsLots, loyaltyModule, LoyaltySchemeService, reevaluateTiers } from '@wayfarer/loyalty';
import { seedLoyalty, SeededLoyalty } from './loyalty-seed';
import { BENCH_LOYALTY_AGENT, loyaltyChecks, loyaltyReadScenarios, LoyaltyTaskFigures, loyaltyWriteScenarios, MEMBER_STATUS } from './loyalty';
import { backfillProfileDerivedData, profilesModule } from '@wayfarer/profiles';
import { reminderScenarios } from './reminders';
import { seedTravellers, SeededTravellers } from './seed';
import { benchScenarios, Scenario, UpdatePool } from './scenarios';
import { AGENT_SCOPES } from './tokens';
import { targetChecks } from './report';
import { RunFigures } from './load';
import { listPageScenarios, listPagesCheck, searchCheck, searchScenarios } from './profile-search';

// The load run itself needs the built stack and a quiet machine (`npm run bench`); this checks that the
// seeded rows are what the subgraph reads and that every benchmark operation works, in a few seconds.
const AGENT = staff(AGENT_SCOPES, ['agent']);
const FIELD_ENCRYPTION_KEYS = `k1:${randomBytes(32).toString('base64')}`;

describe('benchmark seed and scenarios', () => {
  let graph: TestSubgraph;
  let seeded: SeededTravellers;
  let scenarios: Scenario[];

  beforeAll(async () => {
    graph = await TestSubgraph.start(profilesModule, { FIELD_ENCRYPTION_KEYS });
    seeded = await seedTravellers({
      database: new URL(String(graph.running.config.DATABASE_URL)).pathname.slice(1),
      count: 250,
      fieldEncryptionKeys: FIELD_ENCRYPTION_KEYS,
      batchSize: 100,
      parallelism: 2,
    });
    await backfillProfileDerivedData(graph.running.dataSource);
    scenarios = [...benchScenarios(seeded, new UpdatePool(seeded.activeIds)), ...reminderScenarios()];
  });

  afterAll(() => graph?.stop());

  it('seeds rows the subgraph reads back, passport numbers decrypting with the stack key', async () => {
    expect(seeded.profiles).toBe(250);
    const all = await graph.run(AGENT, 'query { profiles(page: { limit: 1 }) { total } }');
    expect(all.data?.profiles.total).toBe(250);
    const withPassport = await graph.run(AGENT, 'query { profiles(page: { limit: 50 }) { items { passports { number numberMasked expiryDate } } } }');
    const passports = withPassport.data?.profiles.items.flatMap((item: { passports: unknown[] }) => item.passports) ?? [];
    expect(withPassport.errors).toBeUndefined();
    expect(passports.length).toBeGreaterThan(0);
    for (const passport of passports) {
      expect(passport.number).toMatch(/^[A-Z]\d{8}$/);
      expect(passport.numberMasked.endsWith(passport.number.slice(-3))).toBe(true);
    }
  });

  it('runs every scenario operation without errors, twice for updates (versions follow)', async () => {
    for (const scenario of [...scenarios, scenarios.find((candidate) => candidate.name === 'update')!]) {
      const context = {};
      const { query, variables } = scenario.next(context);
      const result = await graph.run(AGENT, query, variables);
      expect({ scenario: scenario.name, errors: result.errors }).toEqual({ scenario: scenario.name, errors: undefined });
      const body = JSON.stringify(result);
      expect(scenario.accepts?.(body) ?? true).toBe(true);
      scenario.onResponse?.(result.status, body, context);
    }
    const list = await graph.run(AGENT, scenarios[0].next({}).query, { limit: 25 });
    expect(list.data?.profiles.items).toHaveLength(25);
  });

  it('finds somebody with every search and pages to the deep end, by offset and by cursor', async () => {
    expect(seeded.samples.phones.length).toBeGreaterThan(0);
    expect(seeded.samples.passportNumbers.length).toBeGreaterThan(0);
    const middle = await graph.run(
      AGENT,
      'query { profiles(filter: { status: ACTIVE }, sort: { field: FAMILY_NAME, direction: ASC }, page: { limit: 25, offset: 100 }) { nextCursor } }',
    );
    const cursor = middle.data?.profiles.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    for (const scenario of [...searchScenarios(seeded), ...listPageScenarios(seeded.activeIds.length, cursor)]) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const { query, variables } = scenario.next({});
        const result = await graph.run(AGENT, query, variables);
        expect({ scenario: scenario.name, errors: result.errors }).toEqual({ scenario: scenario.name, errors: undefined });
        expect({ scenario: scenario.name, accepted: scenario.accepts!(JSON.stringify(result)) }).toEqual({ scenario: scenario.name, accepted: true });
      }
    }
  });

  it('passes the search and page checks only when every run through the gateway is under its limit', () => {
    const run = (scenario: string, p99: number, target: 'gateway' | 'direct' = 'gateway') =>
      ({ scenario: `${scenario} (1 connection)`, target, latencyMs: { p99 }, failed: false }) as RunFigures;
    const searches = ['search name', 'search e-mail', 'search phone', 'search document', 'search segment'];
    expect(searchCheck(searches.map((name) => run(name, 9))).pass).toBe(true);
    expect(searchCheck([...searches.slice(1).map((name) => run(name, 9)), run('search name', 10)]).pass).toBe(false);
    expect(searchCheck(searches.slice(1).map((name) => run(name, 9))).pass).toBe(false);
    const pages = ['page first', 'page deep offset', 'page deep cursor'];
    expect(listPagesCheck([...pages.map((name) => run(name, 49)), run('page deep offset', 80, 'direct')]).pass).toBe(true);
    expect(listPagesCheck(pages.map((name, index) => run(name, index === 1 ? 50 : 20))).pass).toBe(false);
  });

  it('does not offer an update pool profile again until its last update was answered', () => {
    const pool = new UpdatePool(['a', 'b']);
    expect(pool.take()).toEqual({ id: 'a', expectedVersion: 1 });
    expect(pool.take()).toEqual({ id: 'b', expectedVersion: 1 });
    pool.record('b', 2);
    expect(pool.take()).toEqual({ id: 'b', expectedVersion: 2 });
    expect(() => pool.take()).toThrow('awaiting an answer');
  });

  it('fails the page-size check when statements per list request grow, and any check whose runs failed', () => {
    const run = (scenario: string, target: 'gateway' | 'direct', sql: number, p99 = 10, failed = false) =>
      ({ scenario, target, sqlStatementsPerRequest: sql, latencyMs: { p99 }, failed }) as RunFigures;
    const flat = [run('list 10', 'gateway', 3), run('list 100', 'gateway', 3.1), run('list 10', 'direct', 3), run('list 100', 'direct', 3)];
    const byId = [run('profile by id', 'gateway', 2, 30), run('profile by id', 'direct', 2, 10)];
    expect(targetChecks([...flat, ...byId]).map((check) => check.pass)).toEqual([true, true]);
    const growing = [run('list 10', 'gateway', 3), run('list 100', 'gateway', 12), run('list 10', 'direct', 3), run('list 100', 'direct', 3)];
    const slow = [run('profile by id', 'gateway', 2, 31), run('profile by id', 'direct', 2, 10)];
    expect(targetChecks([...growing, ...slow]).map((check) => check.pass)).toEqual([false, false]);
    const failedRun = [run('profile by id', 'gateway', 2, 10, true), run('profile by id', 'direct', 2, 10)];
    expect(targetChecks([...flat, ...failedRun])[1].pass).toBe(false);
  });
});

describe('benchmark loyalty seed and scenarios', () => {
  const MEMBERS = 40;
  const ENTRIES = 4_000;
  const LOYALTY_AGENT = staff(BENCH_LOYALTY_AGENT.scopes, ['agent']);
  let graph: TestSubgraph;
  let seeded: SeededLoyalty;

  beforeAll(async () => {
    graph = await TestSubgraph.start(loyaltyModule, { FIELD_ENCRYPTION_KEYS });
    const profileIds = Array.from({ length: MEMBERS }, () => randomUUID());
    seeded = await seedLoyalty({ dataSource: graph.running.dataSource, profileIds, members: MEMBERS, entries: ENTRIES, today: utcToday() });
  });

  afterAll(() => graph?.stop());

  it('seeds about the entries asked for, with lots due to expire, and books that balance', async () => {
    expect(seeded.members).toBe(MEMBERS);
    expect(Math.abs(seeded.entries - ENTRIES)).toBeLessThan(ENTRIES * 0.05);
    expect(seeded.dueLots).toBeGreaterThan(seeded.lots * 0.05);
    expect(await checkLedgerInvariants(graph.running.dataSource)).toEqual([]);
    const [{ entries }] = await graph.running.dataSource.query('SELECT COUNT(*) AS entries FROM loyalty_ledger_entries');
    expect(Number(entries)).toBe(seeded.entries);
  });

  it('serves every loyalty read scenario with the seeded balances, the deep statement page below its cursor', async () => {
    const [status, first, deep] = loyaltyReadScenarios(seeded);
    for (const scenario of [status, first, deep]) {
      const result = await graph.run(LOYALTY_AGENT, scenario.next({}).query, scenario.next({}).variables);
      expect({ scenario: scenario.name, errors: result.errors }).toEqual({ scenario: scenario.name, errors: undefined });
      expect(scenario.accepts!(JSON.stringify(result))).toBe(true);
    }
    const member = seeded.seeded[MEMBERS - 1];
    const read = await graph.run(LOYALTY_AGENT, status.next({}).query, { id: member.id });
    expect(read.data?.loyaltyMember.availablePoints).toBe(member.availablePoints);
    const page = await graph.run(LOYALTY_AGENT, deep.next({}).query, deep.next({}).variables);
    const { after } = deep.next({}).variables!.page as { after: string };
    const cursorId = JSON.parse(Buffer.from(after, 'base64url').toString())[1];
    const ids = page.data?.loyaltyMember.statement.items.map((item: { id: string }) => item.id);
    expect(ids).toHaveLength(25);
    expect(ids.every((id: string) => id < cursorId)).toBe(true);
    // The two-subgraph scenario asks loyalty for the same status on the Profile entity.
    const viaProfile = await graph.run(
      LOYALTY_AGENT,
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Profile { loyaltyMember { ${MEMBER_STATUS} } } } }`,
      { representations: [{ __typename: 'Profile', id: member.profileId }] },
    );
    expect(viaProfile.errors).toBeUndefined();
    expect(viaProfile.data?._entities[0].loyaltyMember.availablePoints).toBe(member.availablePoints);
  });

  it('expires the due lots and reviews every member with the tasks, then earns and redeems, and the books still balance', async () => {
    const dataSource = graph.running.dataSource;
    expect(await expirePointsLots(dataSource)).toBe(seeded.dueLots);
    expect(await reevaluateTiers(dataSource, new LoyaltySchemeService(dataSource))).toBe(MEMBERS);
    for (const scenario of loyaltyWriteScenarios(seeded)) {
      for (let round = 0; round < 3; round++) {
        const { query, variables } = scenario.next({});
        const result = await graph.run(LOYALTY_AGENT, query, variables);
        expect({ scenario: scenario.name, errors: result.errors }).toEqual({ scenario: scenario.name, errors: undefined });
      }
    }
    expect(await checkLedgerInvariants(dataSource)).toEqual([]);
  });

  it('passes a loyalty check only when its runs are under the limit and the books balance', () => {
    const run = (scenario: string, p99: number) =>
      ({ scenario, target: 'gateway', latencyMs: { p99 }, failed: false, loyaltySqlStatementsPerRequest: 5 }) as RunFigures;
    const fast = [
      run('loyalty status (1 connection)', 9),
      run('loyalty statement first (1 connection)', 19),
      run('loyalty statement deep (1 connection)', 19),
      run('loyalty earn', 29),
      run('loyalty redeem', 29),
      run('profile with loyalty (1 connection)', 24),
    ];
    const tasks: LoyaltyTaskFigures = {
      seedCheck: { violations: 0, seconds: 1 },
      expiry: { lots: 10, seconds: 59 },
      tiers: { members: 100, seconds: 29 },
      finalCheck: { violations: 0, seconds: 1 },
    };
    const seed = { members: 100, entries: 10_000, dueLots: 10 };
    expect(loyaltyChecks(fast, tasks, seed).every((check) => check.pass)).toBe(true);
    const slowDeep = fast.map((figures) =>
      figures.scenario.startsWith('loyalty statement deep') ? { ...figures, latencyMs: { ...figures.latencyMs, p99: 20 } } : figures,
    );
    expect(loyaltyChecks(slowDeep, tasks, seed).filter((check) => !check.pass)).toHaveLength(1);
    const unbalanced = { ...tasks, finalCheck: { violations: 1, seconds: 1 } };
    expect(
      loyaltyChecks(fast, unbalanced, seed)
        .filter((check) => !check.pass)
        .map((check) => check.name),
    ).toEqual([expect.stringContaining('invariants')]);
    expect(loyaltyChecks(fast, { ...tasks, tiers: { members: 99, seconds: 1 } }, seed).filter((check) => !check.pass)).toHaveLength(1);
  });
});
