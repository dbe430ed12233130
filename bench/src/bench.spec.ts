import { randomBytes } from 'node:crypto';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { backfillProfileDerivedData, profilesModule } from '@wayfarer/profiles';
import { reminderScenarios } from './reminders';
import { seedTravellers, SeededTravellers } from './seed';
import { benchScenarios, Scenario, UpdatePool } from './scenarios';
import { AGENT_SCOPES } from './tokens';
import { targetChecks } from './report';
import { RunFigures } from './load';

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
