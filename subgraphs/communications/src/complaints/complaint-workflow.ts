import { ComplaintStatus } from './complaint.entity';

const { NEW, ACKNOWLEDGED, INVESTIGATING, WAITING_ON_CUSTOMER, RESOLVED, CLOSED, REOPENED } = ComplaintStatus;

/** The statuses each status may move to. */
export const COMPLAINT_WORKFLOW: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  [NEW]: [ACKNOWLEDGED],
  [ACKNOWLEDGED]: [INVESTIGATING],
  [INVESTIGATING]: [WAITING_ON_CUSTOMER, RESOLVED],
  [WAITING_ON_CUSTOMER]: [INVESTIGATING, RESOLVED],
  [RESOLVED]: [CLOSED, REOPENED],
  [CLOSED]: [REOPENED],
  [REOPENED]: [INVESTIGATING],
};

/** Statuses in which the resolve clock does not run. */
export const RESOLVE_CLOCK_STOPPED: ReadonlySet<ComplaintStatus> = new Set([WAITING_ON_CUSTOMER, RESOLVED, CLOSED]);

export const isSettled = (status: ComplaintStatus): boolean => status === RESOLVED || status === CLOSED;
