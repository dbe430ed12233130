// autocannon ships no types; only what the benchmark uses.
declare module 'autocannon' {
  interface RawRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  interface RequestStep {
    setupRequest?(request: RawRequest, context: Record<string, unknown>): RawRequest;
    onResponse?(status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>): void;
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Requests per second across all connections (open loop). */
    overallRate?: number;
    method?: string;
    headers?: Record<string, string>;
    requests?: RequestStep[];
    verifyBody?(body: string): boolean;
    timeout?: number;
  }

  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  interface Result {
    duration: number;
    requests: Histogram & { sent: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    '1xx': number;
    '2xx': number;
    '3xx': number;
    '4xx': number;
    '5xx': number;
  }

  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  namespace autocannon {
    export { Options, Result, RequestStep, RawRequest, Histogram };
  }
  export = autocannon;
}
