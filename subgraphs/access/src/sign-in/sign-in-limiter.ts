export interface FailureLimit {
  maxFailures: number;
  windowMs: number;
}

/** Kept per process: one access instance holds the counts, and a restart forgives. */
const MAX_TRACKED_KEYS = 50_000;

/** Failed sign-ins per key (a username, a client address) within a sliding window. */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string, limit: FailureLimit): number {
    const recent = this.recent(key, limit);
    if (recent.length < limit.maxFailures) return 0;
    const unblockedAt = recent[recent.length - limit.maxFailures] + limit.windowMs;
    return Math.max(1, Math.ceil((unblockedAt - this.now()) / 1000));
  }

  recordFailure(key: string, limit: FailureLimit): void {
    if (this.failures.size >= MAX_TRACKED_KEYS) this.forgetExpired(limit);
    this.failures.set(key, [...this.recent(key, limit), this.now()]);
  }

  forget(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, limit: FailureLimit): number[] {
    const since = this.now() - limit.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  private forgetExpired(limit: FailureLimit): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key, limit).length === 0) this.failures.delete(key);
    }
    if (this.failures.size >= MAX_TRACKED_KEYS) this.failures.clear();
  }
}
