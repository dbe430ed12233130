import { createWriteStream, mkdtempSync, readFileSync, rmSync, WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createBenchDatabases, databaseServerSettings, dropBenchDatabases, settleDatabase } from './databases';
import { seedTravellers } from './seed';
import { RunningStack, startStack } from './stack';
import { BENCH_AGENT, internalTokens, recordBenchStaff, staffSessionToken } from './tokens';
import { benchScenarios, Scenario, UpdatePool } from './scenarios';
import { peakMemoryMb, Probes, round, RunFigures, runScenario, send, Target } from './load';
import { formatReport, PACED_BY_ID, TargetCheck, targetChecks } from './report';
import { BenchSettings, machine } from './settings';
import { deriveSeededProfiles, reminderRunsAtOneConnection, reminderScenarios, remindersCheck } from './reminders';
import { BENCH_SUPERVISOR, dedupScanCheck, measureDedupScan } from './dedup-scan';
import { BENCH_IMPORTER, CSV_IMPORT_ROWS, csvImportCheck, measureCsvImport, travellerCsvRows } from './csv-import';
import { deepCursor, listPageScenarios, listPagesCheck, runsAtOneConnection, searchCheck, searchScenarios } from './profile-search';
import { accountTravellerScenarios, accountTravellersCheck, BENCH_ACCOUNT_MANAGER, seedAccountTravellers } from './account-travellers';
import { utcToday } from '@wayfarer/kit';
import { seedLoyalty } from './loyalty-seed';
import {
  BENCH_LOYALTY_AGENT,
  invariantCheck,
  loyaltyChecks,
  loyaltyReadRuns,
  loyaltyReadScenarios,
  LoyaltyTaskFigures,
  loyaltyWriteScenarios,
  measureLoyaltyTasks,
  withLoyaltyDatabase,
} from './loyalty';

export interface BenchOutcome {
  passed: boolean;
  report: string;
  figures: {
    startedAt: string;
    finishedAt: string;
    machine: ReturnType<typeof machine>;
    machineAtEnd: ReturnType<typeof machine>;
    database: Awaited<ReturnType<typeof databaseServerSettings>>;
    settings: BenchSettings & { gatewayEnv: Record<string, string> };
    seed: { profiles: number; passports: number; seconds: number; rowsPerSecond: number };
    runs: RunFigures[];
    dedupScan: Awaited<ReturnType<typeof measureDedupScan>>;
    settled: Awaited<ReturnType<typeof settleDatabase>>;
    settledBeforeImport: Awaited<ReturnType<typeof settleDatabase>>;
    csvImport: Awaited<ReturnType<typeof measureCsvImport>>;
    loyalty: { seed: { members: number; entries: number; lots: number; dueLots: number; seconds: number; rowsPerSecond: number }; tasks: LoyaltyTaskFigures };
    peakMemoryMb: Record<string, number>;
    checks: TargetCheck[];
    passed: boolean;
  };
}

export interface BenchHooks {
  log(line: string): void;
  /** Lets the caller stop the stack on a signal while a run is in progress. */
  onStack?(stack: RunningStack): void;
}

/** A 100,000-row import writes about a gigabyte of redo; a smaller log makes InnoDB flush pages to make room, several times over. */
const RECOMMENDED_REDO_LOG_MB = 1024;

/** Long enough for InnoDB to write back a million travellers' pages at the server's default pace (innodb_io_capacity, 200 pages a second). */
const SETTLE_LIMIT_MS = 10 * 60_000;

// Configured as deployed (the Dockerfile's NODE_ENV); in-flight dedup would answer identical concurrent list requests once and flatter the gateway.
const STACK_ENV = { NODE_ENV: 'production', LOG_LEVEL: 'warn', DEDUPLICATE_REQUESTS: 'false' };

async function closeLog(output: WriteStream): Promise<void> {
  if (output.closed) return;
  output.end();
  await once(output, 'close');
}

/** One request of a scenario before loading it, so a broken schema or token fails in seconds with its message. */
async function probe(scenario: Scenario, target: Target): Promise<void> {
  const { status, body, ok } = await send(scenario, target);
  if (!ok) throw new Error(`${scenario.name} via ${target.name} does not work: HTTP ${status} ${body.slice(0, 1000)}`);
}

export async function runBenchmark(settings: BenchSettings, hooks: BenchHooks): Promise<BenchOutcome> {
  const startedAt = new Date().toISOString();
  const machineAtStart = machine();
  const { log } = hooks;
  const warmup = settings.warmupSeconds > 0 ? `${settings.warmupSeconds} s` : 'a few requests per connection';
  log(
    `settings: ${settings.travellers} travellers, ${settings.loyaltyMembers} loyalty members with ${settings.loyaltyEntries} entries, ${settings.concurrency} connections, ${settings.seconds} s per run after ${warmup} of warm-up`,
  );

  const databases = await createBenchDatabases();
  const database = await databaseServerSettings();
  log(`MariaDB ${database.version}: buffer pool ${database.bufferPoolMb} MB, redo log ${database.redoLogMb} MB`);
  if (database.redoLogMb < RECOMMENDED_REDO_LOG_MB)
    log(`the redo log is under ${RECOMMENDED_REDO_LOG_MB} MB: the CSV import will wait on checkpoint flushing (see the README's Benchmark section)`);
  const databaseUrls = databases.urls;
  const dataDir = mkdtempSync(join(tmpdir(), 'wayfarer-bench-'));
  const logFile = join(dataDir, 'stack.log');
  const output = createWriteStream(logFile);
  let stack: RunningStack | undefined;
  try {
    log(`starting the stack on port ${settings.port} (service logs: ${logFile})`);
    stack = await startStack({ port: settings.port, dataDir, demo: false, databaseUrls, env: STACK_ENV, output });
    hooks.onStack?.(stack);

    log(`seeding ${settings.travellers} travellers`);
    const seeded = await seedTravellers({
      database: databases.names.profiles,
      count: settings.travellers,
      fieldEncryptionKeys: stack.secrets.FIELD_ENCRYPTION_KEYS,
      batchSize: settings.seedBatchSize,
      parallelism: settings.seedParallelism,
    });
    log(
      `seeded ${seeded.profiles} profiles + ${seeded.passports} passports in ${seeded.seconds.toFixed(1)} s ` +
        `(${Math.round(seeded.rowsPerSecond)} rows/s, ${Math.round(seeded.profiles / seeded.seconds)} travellers/s)`,
    );

    const derived = await deriveSeededProfiles(databaseUrls.profiles);
    log(`derived segments and reminders for ${derived.profiles} active profiles in ${derived.seconds.toFixed(1)} s`);

    log(`seeding ${settings.loyaltyMembers} loyalty members with ${settings.loyaltyEntries} ledger entries`);
    const loyaltySeed = await withLoyaltyDatabase(databaseUrls.loyalty, (dataSource) =>
      seedLoyalty({ dataSource, profileIds: seeded.ids, members: settings.loyaltyMembers, entries: settings.loyaltyEntries, today: utcToday() }),
    );
    log(
      `seeded ${loyaltySeed.members} members, ${loyaltySeed.entries} entries, ${loyaltySeed.lots} lots (${loyaltySeed.dueLots} due to expire) ` +
        `in ${loyaltySeed.seconds.toFixed(1)} s (${Math.round(loyaltySeed.rowsPerSecond)} rows/s)`,
    );
    const seedCheck = await invariantCheck(databaseUrls.loyalty);
    log(`ledger invariant check after the seed: ${seedCheck.violations} members out of balance, in ${seedCheck.seconds} s`);

    await recordBenchStaff(databases.names.access, [BENCH_AGENT, BENCH_ACCOUNT_MANAGER, BENCH_IMPORTER, BENCH_LOYALTY_AGENT]);
    const session = staffSessionToken(stack.secrets.SESSION_PRIVATE_KEY);
    const internal = internalTokens(stack.secrets.INTERNAL_TOKEN_PRIVATE_KEY);
    const targets: Target[] = [
      { name: 'gateway', url: `${stack.url}/graphql`, headers: () => ({ authorization: `Bearer ${session}` }) },
      { name: 'direct', url: `http://127.0.0.1:${settings.port + 2}/graphql`, headers: () => ({ authorization: `Bearer ${internal()}` }) },
    ];
    const probes: Probes = {
      profilesMetricsUrl: `http://127.0.0.1:${settings.port + 2}/metrics`,
      accessMetricsUrl: `http://127.0.0.1:${settings.port + 1}/metrics`,
      corporateMetricsUrl: `http://127.0.0.1:${settings.port + 3}/metrics`,
      loyaltyMetricsUrl: `http://127.0.0.1:${settings.port + 4}/metrics`,
      pids: stack.pids,
    };
    const updates = new UpdatePool(seeded.activeIds);
    const scenarios = [...benchScenarios(seeded, updates), ...reminderScenarios()];
    for (const scenario of scenarios) for (const target of targets) await probe(scenario, target);
    const cursor = await deepCursor(databases.names.profiles, Math.floor(seeded.activeIds.length / 2));
    const oneConnection = [...searchScenarios(seeded), ...listPageScenarios(seeded.activeIds.length, cursor)];
    for (const scenario of oneConnection) for (const target of targets) await probe(scenario, target);
    // Travellers of an account cross profiles and corporate, so they run through the gateway only.
    const managerSession = staffSessionToken(stack.secrets.SESSION_PRIVATE_KEY, BENCH_ACCOUNT_MANAGER);
    const accountManager: Target = { ...targets[0], headers: () => ({ authorization: `Bearer ${managerSession}` }) };
    const accountId = await seedAccountTravellers(accountManager.url, managerSession, seeded.activeIds, updates);
    const gatewayOnly = accountTravellerScenarios(accountId);
    for (const scenario of gatewayOnly) await probe(scenario, accountManager);
    // Loyalty runs through the gateway only: status with a profile crosses two subgraphs.
    const loyaltySession = staffSessionToken(stack.secrets.SESSION_PRIVATE_KEY, BENCH_LOYALTY_AGENT);
    const loyaltyAgent: Target = { ...targets[0], headers: () => ({ authorization: `Bearer ${loyaltySession}` }) };
    const loyaltyReads = loyaltyReadScenarios(loyaltySeed);
    const loyaltyWrites = loyaltyWriteScenarios(loyaltySeed);
    for (const scenario of [...loyaltyReads, ...loyaltyWrites]) await probe(scenario, loyaltyAgent);

    const dedupScan = await measureDedupScan(targets[1].url, internalTokens(stack.secrets.INTERNAL_TOKEN_PRIVATE_KEY, BENCH_SUPERVISOR));
    log(
      `dedup scan: first ${dedupScan.first.seconds} s (keys built for ${dedupScan.first.profilesKeyed}), repeat ${dedupScan.repeat.seconds} s, ${dedupScan.repeat.candidates} candidates`,
    );

    const settled = await settleDatabase(SETTLE_LIMIT_MS);
    log(`waited ${settled.seconds.toFixed(0)} s for MariaDB to write back the seed's pages; ${settled.dirtyPages} still to write`);

    const runs: RunFigures[] = [];
    const logRun = (run: RunFigures) =>
      log(
        `${run.scenario.padEnd(19)} ${run.target.padEnd(8)} ${String(run.requestsPerSecond).padStart(7)} req/s  p50 ${run.latencyMs.p50} ms  ` +
          `p99 ${run.latencyMs.p99} ms  SQL/req ${run.sqlStatementsPerRequest}${run.failed ? '  FAILED' : ''}`,
      );
    // Latency at one connection first, on the settled database: the loaded runs' writes leave InnoDB pages to write back.
    for (const run of await reminderRunsAtOneConnection(targets[0], settings, probes)) {
      runs.push(run);
      logRun(run);
    }
    for (const run of await runsAtOneConnection(oneConnection, targets, settings, probes)) {
      runs.push(run);
      logRun(run);
    }
    for (const run of await loyaltyReadRuns(loyaltyReads, loyaltyAgent, settings, probes)) {
      runs.push(run);
      logRun(run);
    }
    for (const scenario of scenarios) {
      for (const target of targets) {
        const run = await runScenario(
          scenario,
          target,
          { connections: settings.concurrency, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds },
          probes,
        );
        runs.push(run);
        logRun(run);
      }
    }

    for (const scenario of gatewayOnly) {
      const run = await runScenario(
        scenario,
        accountManager,
        { connections: settings.concurrency, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds },
        probes,
      );
      runs.push(run);
      logRun(run);
    }
    for (const scenario of loyaltyWrites) {
      const run = await runScenario(
        scenario,
        loyaltyAgent,
        { connections: settings.concurrency, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds },
        probes,
      );
      runs.push(run);
      logRun(run);
    }

    // At a fixed concurrency each target runs flat out, so on a small machine the by-id p99 ratio is mostly a capacity
    // ratio; the same fixed request rate on both shows the latency the gateway adds at equal load.
    const byId = scenarios.find((scenario) => scenario.name === 'profile by id')!;
    const gatewayById = runs.find((run) => run.scenario === byId.name && run.target === 'gateway')!;
    const pacedRate = Math.max(10, Math.floor(gatewayById.requestsPerSecond / 2 / 10) * 10);
    for (const target of settings.pacedComparison ? targets : []) {
      const run = await runScenario(
        { ...byId, name: PACED_BY_ID },
        target,
        { connections: settings.concurrency, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds, overallRate: pacedRate },
        probes,
      );
      runs.push(run);
      logRun(run);
    }

    // The periodic tasks as the subgraph runs them, over the seeded ledger and what the runs added to it.
    const loyaltyTasks = await measureLoyaltyTasks(databaseUrls.loyalty, seedCheck);
    log(
      `loyalty tasks: expiry ${loyaltyTasks.expiry.lots} lots in ${loyaltyTasks.expiry.seconds} s, tiers ${loyaltyTasks.tiers.members} members in ${loyaltyTasks.tiers.seconds} s; ` +
        `invariant check ${loyaltyTasks.finalCheck.violations} members out of balance (${loyaltyTasks.finalCheck.seconds} s)`,
    );

    // Last, so the travellers it adds change no other run's data; on a database done writing back the loaded runs' changes.
    const settledBeforeImport = await settleDatabase(SETTLE_LIMIT_MS);
    log(`waited ${settledBeforeImport.seconds.toFixed(0)} s for MariaDB to write back the runs' pages; ${settledBeforeImport.dirtyPages} still to write`);
    const csvImport = await measureCsvImport(
      targets[0].url,
      staffSessionToken(stack.secrets.SESSION_PRIVATE_KEY, BENCH_IMPORTER),
      travellerCsvRows(Math.min(settings.travellers, CSV_IMPORT_ROWS)),
    );
    log(`CSV import: ${csvImport.rows} rows in ${csvImport.seconds} s (${csvImport.rowsPerSecond} rows/s), slowest chunk ${csvImport.slowestChunkSeconds} s`);

    const checks = [
      ...targetChecks(runs),
      searchCheck(runs),
      listPagesCheck(runs),
      dedupScanCheck(settings.travellers, dedupScan),
      csvImportCheck(csvImport),
      remindersCheck(runs),
      accountTravellersCheck(runs),
      ...loyaltyChecks(runs, loyaltyTasks, loyaltySeed),
    ];
    const passed = runs.every((run) => !run.failed) && checks.every((check) => check.pass);
    const figures = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: machineAtStart,
      machineAtEnd: machine(),
      database,
      settings: { ...settings, gatewayEnv: STACK_ENV },
      seed: { profiles: seeded.profiles, passports: seeded.passports, seconds: round(seeded.seconds, 2), rowsPerSecond: Math.round(seeded.rowsPerSecond) },
      runs,
      dedupScan,
      settled,
      settledBeforeImport,
      csvImport,
      loyalty: {
        seed: {
          members: loyaltySeed.members,
          entries: loyaltySeed.entries,
          lots: loyaltySeed.lots,
          dueLots: loyaltySeed.dueLots,
          seconds: round(loyaltySeed.seconds, 2),
          rowsPerSecond: Math.round(loyaltySeed.rowsPerSecond),
        },
        tasks: loyaltyTasks,
      },
      peakMemoryMb: Object.fromEntries(Object.entries(stack.pids).map(([name, pid]) => [name, peakMemoryMb(pid)])),
      checks,
      passed,
    };
    const context =
      `${figures.machine.cpus} CPUs (${figures.machine.cpuModel}), ${figures.machine.memoryGb} GB, node ${figures.machine.node}; ` +
      `load average ${figures.machine.loadAverage1m} at start, ${figures.machineAtEnd.loadAverage1m} at end; ` +
      `MariaDB ${database.version}, buffer pool ${database.bufferPoolMb} MB, redo log ${database.redoLogMb} MB; ` +
      `${settings.travellers} travellers, ${loyaltySeed.members} loyalty members with ${loyaltySeed.entries} entries, ${settings.concurrency} connections, ${settings.seconds} s per run`;
    return { passed, report: `${context}\n\n${formatReport(runs, checks)}`, figures };
  } catch (error) {
    await stack?.stop();
    stack = undefined;
    await closeLog(output);
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    if (tail.trim()) log(`last service log lines:\n${tail}`);
    throw error;
  } finally {
    // The services write to the log until they exit, so it closes after them.
    await stack?.stop();
    await closeLog(output);
    rmSync(dataDir, { recursive: true, force: true });
    await dropBenchDatabases(databases);
  }
}
