import type { Logger } from '../logging/logger';

/** How often a relay tries, and how it backs off and when it complains while its receiver fails. */
export interface RelaySchedule {
  /** Between tries while deliveries succeed. */
  intervalMs: number;
  /** The longest wait between tries while the receiver keeps failing; the wait doubles from intervalMs up to it. */
  maxBackoffMs: number;
  /**
   * How long failures must last before they are logged as a warning (and then again at most this
   * often). The receiver is usually the gateway, which starts after the subgraphs: failing until it
   * is up is the normal start, not a fault.
   */
  warnAfterMs: number;
}

export const RELAY_SCHEDULE: RelaySchedule = { intervalMs: 1000, maxBackoffMs: 30_000, warnAfterMs: 60_000 };

/** The error's message and the code of its cause (fetch's ECONNREFUSED), without a stack. */
export const relayFailureReason = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? `${error.message} (${code})` : error.message;
};

/**
 * Runs a drain one run after another, and in the background every interval while something
 * was notified since the last complete drain: an idle loop touches nothing, a failed drain
 * is tried again later, backing off while the receiver stays unreachable, and logged as a
 * warning only once failures have lasted `warnAfterMs`.
 */
export class RelayLoop {
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private queued = 0;
  /** Notifications so far, and how many of them a drain has fully handled: equal means nothing to do. */
  private notified = 1;
  private drained = 0;
  private failures = 0;
  private failingSince = 0;
  private lastWarnedAt = 0;
  private retryAt = 0;

  constructor(
    private readonly drain: () => Promise<void>,
    private readonly logger: Logger,
    /** What the log lines call this relay, e.g. "outbox relay". */
    private readonly name: string,
    private readonly schedule: RelaySchedule = RELAY_SCHEDULE,
  ) {}

  /** Something arrived for the next drain. */
  notify(): void {
    this.notified++;
  }

  start(): void {
    this.timer = setInterval(() => {
      // An unreachable receiver must not pile up waiting runs; a later tick tries again.
      if (this.queued > 0 || Date.now() < this.retryAt) return;
      // run() has logged the failure.
      void this.run().catch(() => undefined);
    }, this.schedule.intervalMs);
    this.timer.unref();
  }

  /** Each call's run starts after the call, so it sees everything notified before it. */
  run(): Promise<void> {
    this.queued++;
    const next = this.running
      .catch(() => undefined)
      .then(async () => {
        const seen = this.notified;
        if (seen === this.drained) return;
        try {
          await this.drain();
        } catch (error) {
          this.failed(error);
          throw error;
        }
        this.drained = seen;
        this.succeeded();
      })
      .finally(() => this.queued--);
    this.running = next;
    return next;
  }

  stopTimer(): void {
    clearInterval(this.timer);
  }

  private failed(error: unknown): void {
    const now = Date.now();
    if (this.failures === 0) this.failingSince = now;
    this.failures++;
    const { intervalMs, maxBackoffMs, warnAfterMs } = this.schedule;
    this.retryAt = now + Math.min(intervalMs * 2 ** (this.failures - 1), maxBackoffMs);
    const failingForMs = now - this.failingSince;
    if (failingForMs >= warnAfterMs && now - this.lastWarnedAt >= warnAfterMs) {
      this.lastWarnedAt = now;
      this.logger.warn({ err: error, failures: this.failures, failingForMs }, `${this.name} failing for ${Math.round(failingForMs / 1000)} s; still retrying`);
    } else {
      this.logger.debug({ reason: relayFailureReason(error), failures: this.failures }, `${this.name} failed; will retry`);
    }
  }

  private succeeded(): void {
    if (this.failures === 0) return;
    if (this.lastWarnedAt > 0) this.logger.info({ failures: this.failures, failingForMs: Date.now() - this.failingSince }, `${this.name} delivering again`);
    this.failures = 0;
    this.lastWarnedAt = 0;
    this.retryAt = 0;
  }
}
