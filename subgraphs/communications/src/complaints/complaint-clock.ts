import { addBusinessMs, businessMsBetween, BusinessHours } from './business-hours';

/**
 * A service-level clock that can stop and start again: the working time already used, and since
 * when it has been running (null while paused). Pure: the complaint stores the two and the due
 * and warning instants these give.
 */
export interface SlaClock {
  usedMs: number;
  runningSince: Date | null;
}

export const startedClock = (at: Date): SlaClock => ({ usedMs: 0, runningSince: at });

/** Stops the clock, keeping the working time used so far; a paused clock stays as it is. */
export function pauseClock(clock: SlaClock, at: Date, hours: BusinessHours): SlaClock {
  if (!clock.runningSince) return clock;
  return { usedMs: clock.usedMs + businessMsBetween(clock.runningSince, at, hours), runningSince: null };
}

/** Starts a paused clock again from `at`; a running one stays as it is. */
export function resumeClock(clock: SlaClock, at: Date): SlaClock {
  return clock.runningSince ? clock : { usedMs: clock.usedMs, runningSince: at };
}

/**
 * When a running clock reaches `share` of its target (1 for the target itself); null while paused.
 * A clock already past that point reached it when it last started.
 */
export function clockReaches(clock: SlaClock, targetMs: number, share: number, hours: BusinessHours): Date | null {
  if (!clock.runningSince) return null;
  return addBusinessMs(clock.runningSince, Math.ceil(targetMs * share) - clock.usedMs, hours);
}

/** Working time used by `at`, whether running or paused. */
export function usedBy(clock: SlaClock, at: Date, hours: BusinessHours): number {
  return clock.runningSince ? clock.usedMs + businessMsBetween(clock.runningSince, at, hours) : clock.usedMs;
}
