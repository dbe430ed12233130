/**
 * Runs a drain one run after another, and in the background every interval while something
 * was notified since the last complete drain: an idle loop touches nothing, a failed drain
 * is tried again on the next tick.
 */
export class RelayLoop {
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private queued = 0;
  /** Notifications so far, and how many of them a drain has fully handled: equal means nothing to do. */
  private notified = 1;
  private drained = 0;

  constructor(
    private readonly drain: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
    private readonly intervalMs: number,
  ) {}

  /** Something arrived for the next drain. */
  notify(): void {
    this.notified++;
  }

  start(): void {
    this.timer = setInterval(() => {
      // An unreachable receiver must not pile up waiting runs; the next tick tries again.
      if (this.queued > 0) return;
      void this.run().catch(this.onError);
    }, this.intervalMs);
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
        await this.drain();
        this.drained = seen;
      })
      .finally(() => this.queued--);
    this.running = next;
    return next;
  }

  stopTimer(): void {
    clearInterval(this.timer);
  }
}
