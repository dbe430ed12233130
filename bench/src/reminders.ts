import { tmpdir } from 'node:os';
import { createDataSource } from '@wayfarer/kit';
import { backfillProfileDerivedData, PROFILES_ENTITIES } from '@wayfarer/profiles';
import { Probes, RunFigures, runScenario, Target } from './load';
import { TargetCheck } from './report';
import { Scenario } from './scenarios';

export const REMINDERS_P99_LIMIT_MS = 50;

const REMINDERS = `query BenchReminders($kind: ReminderKind!) {
  reminders(filter: { kind: $kind }, page: { limit: 25 }) {
    items { id kind dueOn daysLeft missing documentType profile { id fullName } }
    total
    nextCursor
  }
}`;

const COUNTS = 'query BenchReminderCounts { reminderCounts { kind count countIsExact } }';

/**
 * The seed writes rows straight into the tables, past the afterWrite hooks that keep segments
 * and reminders; this derives them as a database upgraded to these features would at start-up.
 */
export async function deriveSeededProfiles(databaseUrl: string): Promise<{ profiles: number; seconds: number }> {
  const { dataSource } = createDataSource({ service: 'bench-profiles', databaseUrl, dataDir: tmpdir(), entities: PROFILES_ENTITIES, migrations: [] });
  await dataSource.initialize();
  const started = process.hrtime.bigint();
  try {
    const profiles = await backfillProfileDerivedData(dataSource);
    await dataSource.query('ANALYZE TABLE profile_reminders, profile_segments');
    return { profiles, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    await dataSource.destroy();
  }
}

export function reminderScenarios(): Scenario[] {
  return [
    {
      name: 'reminders passports',
      description: 'passports expiring within six months (default window), first 25 with total and each traveller',
      next: () => ({ query: REMINDERS, variables: { kind: 'PASSPORT_EXPIRING' } }),
      accepts: (body) => !body.includes('"items":[]'),
    },
    {
      name: 'reminders review',
      description: 'profiles due for verification (every unverified one), first 25 with capped total',
      next: () => ({ query: REMINDERS, variables: { kind: 'VERIFICATION_DUE' } }),
      accepts: (body) => !body.includes('"items":[]'),
    },
    {
      name: 'reminder counts',
      description: 'the dashboard: capped count of every kind in one statement',
      next: () => ({ query: COUNTS }),
    },
  ];
}

const ONE_CONNECTION = ' (1 connection)';

/**
 * The reminders target is the latency of one request: on a two-CPU machine, ten connections
 * measure queueing behind the other nine rather than the query.
 */
export async function reminderRunsAtOneConnection(target: Target, options: { seconds: number; warmupSeconds: number }, probes: Probes): Promise<RunFigures[]> {
  const runs: RunFigures[] = [];
  for (const scenario of reminderScenarios())
    runs.push(await runScenario({ ...scenario, name: `${scenario.name}${ONE_CONNECTION}` }, target, { connections: 1, ...options }, probes));
  return runs;
}

export function remindersCheck(runs: RunFigures[]): TargetCheck {
  const reminderRuns = runs.filter((run) => run.scenario.startsWith('reminder') && run.scenario.endsWith(ONE_CONNECTION) && run.target === 'gateway');
  const detail = reminderRuns.map((run) => `${run.scenario} p99 ${run.latencyMs.p99} ms`).join(', ');
  return {
    name: `reminders query p99 under ${REMINDERS_P99_LIMIT_MS} ms through the gateway at 1 connection`,
    pass: reminderRuns.length === 3 && reminderRuns.every((run) => !run.failed && run.latencyMs.p99 < REMINDERS_P99_LIMIT_MS),
    detail: detail || 'not run',
  };
}
