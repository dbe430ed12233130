import { Complaint } from './complaint.entity';
import { ComplaintSlaPolicy } from './complaint-sla-policy.entity';
import { clockReaches, startedClock } from './complaint-clock';

const MINUTE_MS = 60_000;

/** The earliest warning not yet escalated in this cycle, or null. */
export function nextEscalation(complaint: Complaint): Date | null {
  const pending = [
    complaint.acknowledgedAt === null && !complaint.acknowledgeEscalated ? complaint.acknowledgeWarnAt : null,
    complaint.resolveEscalated ? null : complaint.resolveWarnAt,
  ].filter((at): at is Date => at !== null);
  return pending.length ? new Date(Math.min(...pending.map((at) => at.getTime()))) : null;
}

/**
 * Sets the clocks' due and warning instants from the complaint's state under the policy's targets
 * for its severity: the acknowledge clock runs from receipt until acknowledged, the resolve clock
 * whenever it is not paused. A resolve clock stopped past its target stays marked late.
 */
export function scheduleClocks(complaint: Complaint, policy: ComplaintSlaPolicy): void {
  const hours = policy.hours;
  const target = policy.target(complaint.severity);
  const warnShare = policy.escalateAtPercent / 100;
  if (complaint.acknowledgedAt === null) {
    const received = startedClock(complaint.createdAt);
    complaint.acknowledgeDueAt = clockReaches(received, target.acknowledgeWithinMinutes * MINUTE_MS, 1, hours)!;
    complaint.acknowledgeWarnAt = clockReaches(received, target.acknowledgeWithinMinutes * MINUTE_MS, warnShare, hours)!;
  }
  const clock = complaint.resolveClock;
  const resolveMs = target.resolveWithinMinutes * MINUTE_MS;
  complaint.resolveDueAt = clockReaches(clock, resolveMs, 1, hours);
  complaint.resolveWarnAt = clockReaches(clock, resolveMs, warnShare, hours);
  if (clock.runningSince === null && clock.usedMs >= resolveMs) complaint.resolveLate = true;
  complaint.nextEscalationAt = nextEscalation(complaint);
}
