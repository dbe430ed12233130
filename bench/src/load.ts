import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Scenario } from './scenarios';

export interface Target {
  name: 'gateway' | 'direct';
  url: string;
  /** Called for every request: direct runs need a fresh internal token now and then (they live 60 s). */
  headers(): Record<string, string>;
}

export interface SubgraphMetrics {
  requests: number;
  sqlStatements: number;
}

export interface Probes {
  profilesMetricsUrl: string;
  accessMetricsUrl: string;
  corporateMetricsUrl: string;
  loyaltyMetricsUrl: string;
  pids: Record<string, number>;
}

export interface RunFigures {
  scenario: string;
  target: Target['name'];
  requests: number;
  requestsSent: number;
  seconds: number;
  /** Requests per second asked for across all connections; absent for closed-loop runs. */
  overallRate?: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: { non2xx: number; graphqlErrors: number; socketErrors: number; timeouts: number };
  failed: boolean;
  firstErrorBody?: string;
  /** profiles subgraph statements (reads, writes, audit outbox) per request sent to the target. */
  sqlStatementsPerRequest: number;
  accessSqlStatementsPerRequest: number;
  corporateSqlStatementsPerRequest: number;
  loyaltySqlStatementsPerRequest: number;
  profilesRequestsPerRequest: number;
  peakMemoryMb: Record<string, number>;
}

/** Audit events reach the outbox on a 250 ms timer; waiting past it charges each run its own writes. */
const SETTLE_MS = 300;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function subgraphMetrics(url: string): Promise<SubgraphMetrics> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = (await response.json()) as SubgraphMetrics;
  return { requests: body.requests, sqlStatements: body.sqlStatements };
}

/** Peak resident set of a process so far (VmHWM), in MB. */
export function peakMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  if (!match) throw new Error(`no VmHWM for process ${pid}`);
  return Math.round(Number(match[1]) / 1024);
}

interface CannonRun {
  result: autocannon.Result;
  /** 2xx responses carrying `errors` or failing the scenario's own check. */
  graphqlErrors: number;
  firstErrorBody?: string;
}

/** One request, outside autocannon; the scenario sees the answer as it would under load. */
export async function send(scenario: Scenario, target: Target): Promise<{ status: number; body: string; ok: boolean }> {
  const context = {};
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers() },
    body: JSON.stringify(scenario.next(context)),
  });
  const body = await response.text();
  scenario.onResponse?.(response.status, body, context);
  return { status: response.status, body, ok: response.ok && !body.includes('"errors"') && (scenario.accepts?.(body) ?? true) };
}

const QUICK_WARMUP_ROUNDS = 5;

/** autocannon cannot run for less than a second; a quick run warms up with a few rounds on every connection instead. */
async function warmUp(scenario: Scenario, target: Target, connections: number, rounds: number): Promise<void> {
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let round = 0; round < rounds; round++) await send(scenario, target);
    }),
  );
}

async function fire(scenario: Scenario, target: Target, connections: number, length: { seconds: number }, overallRate?: number): Promise<CannonRun> {
  let firstErrorBody: string | undefined;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: target.url,
    connections,
    duration: length.seconds,
    overallRate,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context) => ({
          ...request,
          headers: { ...request.headers, ...target.headers() },
          body: JSON.stringify(scenario.next(context)),
        }),
        onResponse: (status, body, context) => {
          if (status >= 300) {
            firstErrorBody ??= `HTTP ${status}: ${body.slice(0, 500)}`;
          } else if (body.includes('"errors"') || !(scenario.accepts?.(body) ?? true)) {
            graphqlErrors++;
            firstErrorBody ??= body.slice(0, 500);
          }
          scenario.onResponse?.(status, body, context);
        },
      },
    ],
  });
  return { result, graphqlErrors, firstErrorBody };
}

export async function runScenario(
  scenario: Scenario,
  target: Target,
  options: { connections: number; seconds: number; warmupSeconds: number; overallRate?: number },
  probes: Probes,
): Promise<RunFigures> {
  if (options.warmupSeconds > 0) {
    await fire(scenario, target, options.connections, { seconds: options.warmupSeconds }, options.overallRate);
    // Lets requests cut off by the stop finish outside the measured window.
    await sleep(SETTLE_MS);
  } else {
    await warmUp(scenario, target, options.connections, QUICK_WARMUP_ROUNDS);
  }
  const profilesBefore = await subgraphMetrics(probes.profilesMetricsUrl);
  const accessBefore = await subgraphMetrics(probes.accessMetricsUrl);
  const corporateBefore = await subgraphMetrics(probes.corporateMetricsUrl);
  const loyaltyBefore = await subgraphMetrics(probes.loyaltyMetricsUrl);
  const { result, graphqlErrors, firstErrorBody } = await fire(scenario, target, options.connections, { seconds: options.seconds }, options.overallRate);
  await sleep(SETTLE_MS);
  const profilesAfter = await subgraphMetrics(probes.profilesMetricsUrl);
  const accessAfter = await subgraphMetrics(probes.accessMetricsUrl);
  const corporateAfter = await subgraphMetrics(probes.corporateMetricsUrl);
  const loyaltyAfter = await subgraphMetrics(probes.loyaltyMetricsUrl);
  const requests = result.requests.total;
  // Requests still in flight when the run stops were served (and their SQL counted) but never answered to autocannon;
  // at most one per connection (a paced run's `sent` also counts requests it held back, so it cannot be used as is).
  const sent = requests + Math.min(Math.max(result.requests.sent - requests, 0), options.connections);
  const perRequest = (delta: number) => (sent > 0 ? round(delta / sent, 2) : 0);
  const errors = { non2xx: result.non2xx, graphqlErrors, socketErrors: result.errors, timeouts: result.timeouts };
  return {
    scenario: scenario.name,
    target: target.name,
    requests,
    requestsSent: sent,
    seconds: result.duration,
    overallRate: options.overallRate,
    requestsPerSecond: round(requests / result.duration, 1),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: round(result.latency.mean, 2) },
    errors,
    failed: requests === 0 || Object.values(errors).some((count) => count > 0),
    firstErrorBody,
    sqlStatementsPerRequest: perRequest(profilesAfter.sqlStatements - profilesBefore.sqlStatements),
    accessSqlStatementsPerRequest: perRequest(accessAfter.sqlStatements - accessBefore.sqlStatements),
    corporateSqlStatementsPerRequest: perRequest(corporateAfter.sqlStatements - corporateBefore.sqlStatements),
    loyaltySqlStatementsPerRequest: perRequest(loyaltyAfter.sqlStatements - loyaltyBefore.sqlStatements),
    profilesRequestsPerRequest: perRequest(profilesAfter.requests - profilesBefore.requests),
    peakMemoryMb: Object.fromEntries(Object.entries(probes.pids).map(([name, pid]) => [name, peakMemoryMb(pid)])),
  };
}

export const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
