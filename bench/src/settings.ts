import { cpus, loadavg, totalmem } from 'node:os';

export interface BenchSettings {
  travellers: number;
  /** Members of our scheme, each a seeded traveller, and the ledger entries they hold between them. */
  loyaltyMembers: number;
  loyaltyEntries: number;
  seconds: number;
  /** 0: warm up with a few requests per connection instead (autocannon's shortest run is a whole second). */
  warmupSeconds: number;
  concurrency: number;
  port: number;
  seedBatchSize: number;
  seedParallelism: number;
  /** Profile by id at one fixed rate on both targets; a couple of seconds give too few samples for a p99. */
  pacedComparison: boolean;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

function nonNegative(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  return env[name] === '0' ? 0 : positive(env, name, fallback);
}

export function loadBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const seconds = positive(env, 'BENCH_SECONDS', 10);
  const travellers = Math.floor(positive(env, 'BENCH_TRAVELLERS', 100_000));
  const loyaltyMembers = Math.floor(positive(env, 'BENCH_LOYALTY_MEMBERS', Math.min(travellers, 100_000)));
  return {
    travellers,
    loyaltyMembers,
    // A hundred entries a member: ten million at the 100,000 members.
    loyaltyEntries: Math.floor(positive(env, 'BENCH_LOYALTY_ENTRIES', loyaltyMembers * 100)),
    seconds,
    // Long enough for JIT, pools and caches to settle; a quick smoke run only needs connections open and code paths hot.
    warmupSeconds: nonNegative(env, 'BENCH_WARMUP_SECONDS', seconds >= 5 ? 2 : 0),
    concurrency: Math.floor(positive(env, 'BENCH_CONCURRENCY', 10)),
    port: Math.floor(positive(env, 'BENCH_PORT', 4100)),
    seedBatchSize: Math.floor(positive(env, 'BENCH_SEED_BATCH', 1000)),
    seedParallelism: Math.floor(positive(env, 'BENCH_SEED_PARALLEL', 4)),
    pacedComparison: seconds >= 5,
  };
}

export function machine() {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    // Anything else busy on the machine shows here; figures from a loaded machine are not comparable.
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  };
}
