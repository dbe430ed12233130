import { randomBytes } from 'node:crypto';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
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
