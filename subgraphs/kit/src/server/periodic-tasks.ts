import type { Logger } from '../logging/logger';

/** Upkeep that depends on the date or clock (sweeps): run before the subgraph takes requests, then every `everyMs`. */
export interface PeriodicTask {
  name: string;
  everyMs: number;
  run(): Promise<void>;
}

/**
 * Runs each task on its interval, never two runs of one task at once; a failure is logged and
 * tried again next time. `stop` waits for runs under way, so the database can close after it.
 */
export function schedulePeriodicTasks(tasks: PeriodicTask[], logger: Logger): { stop(): Promise<void> } {
  const running = new Map<PeriodicTask, Promise<void>>();
  const timers = tasks.map((task) => {
    const timer = setInterval(() => {
      if (running.has(task)) return;
      const run = task
        .run()
        .catch((err) => logger.warn({ err, task: task.name }, 'periodic task failed; will retry'))
        .finally(() => running.delete(task));
      running.set(task, run);
    }, task.everyMs);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      timers.forEach((timer) => clearInterval(timer));
      await Promise.all(running.values());
    },
  };
}
