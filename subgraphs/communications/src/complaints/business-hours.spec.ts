import { addBusinessMs, businessMsBetween, BusinessHours, isTimeZone } from './business-hours';
import { clockReaches, pauseClock, resumeClock, startedClock, usedBy } from './complaint-clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const weekdays = (timeZone: string, opensAt = 9 * 60, closesAt = 17 * 60): BusinessHours => ({ timeZone, workingDays: [1, 2, 3, 4, 5], opensAt, closesAt });
const UTC = weekdays('UTC');
const at = (iso: string) => new Date(iso);

describe('business-hours arithmetic', () => {
  it('counts within a working day and carries over closing time to the next morning', () => {
    // 2026-06-01 is a Monday.
    expect(addBusinessMs(at('2026-06-01T10:00:00Z'), HOUR, UTC)).toEqual(at('2026-06-01T11:00:00Z'));
    expect(addBusinessMs(at('2026-06-01T16:30:00Z'), HOUR, UTC)).toEqual(at('2026-06-02T09:30:00Z'));
    expect(addBusinessMs(at('2026-06-01T16:00:00Z'), HOUR, UTC)).toEqual(at('2026-06-01T17:00:00Z'));
    expect(businessMsBetween(at('2026-06-01T16:30:00Z'), at('2026-06-02T09:30:00Z'), UTC)).toBe(HOUR);
  });

  it('skips weekends', () => {
    expect(addBusinessMs(at('2026-06-05T16:00:00Z'), 2 * HOUR, UTC)).toEqual(at('2026-06-08T10:00:00Z'));
    expect(businessMsBetween(at('2026-06-05T16:00:00Z'), at('2026-06-08T10:00:00Z'), UTC)).toBe(2 * HOUR);
    expect(businessMsBetween(at('2026-06-06T08:00:00Z'), at('2026-06-07T20:00:00Z'), UTC)).toBe(0);
    // A full working week is forty hours, whatever day it starts on.
    expect(businessMsBetween(at('2026-06-03T12:00:00Z'), at('2026-06-10T12:00:00Z'), UTC)).toBe(40 * HOUR);
  });

  it('starts the clock at the next opening when it starts out of hours', () => {
    expect(addBusinessMs(at('2026-06-01T07:00:00Z'), 30 * MINUTE, UTC)).toEqual(at('2026-06-01T09:30:00Z'));
    expect(addBusinessMs(at('2026-06-01T18:00:00Z'), 30 * MINUTE, UTC)).toEqual(at('2026-06-02T09:30:00Z'));
    expect(addBusinessMs(at('2026-06-06T12:00:00Z'), 30 * MINUTE, UTC)).toEqual(at('2026-06-08T09:30:00Z'));
    expect(businessMsBetween(at('2026-06-01T05:00:00Z'), at('2026-06-01T08:59:00Z'), UTC)).toBe(0);
  });

  it('gives the start for no time and nothing for a reversed interval', () => {
    expect(addBusinessMs(at('2026-06-06T12:00:00Z'), 0, UTC)).toEqual(at('2026-06-06T12:00:00Z'));
    expect(businessMsBetween(at('2026-06-02T12:00:00Z'), at('2026-06-01T12:00:00Z'), UTC)).toBe(0);
  });

  it('works on the wall clock of its time zone', () => {
    const london = weekdays('Europe/London');
    // British Summer Time: 09:00 in London is 08:00 UTC.
    expect(addBusinessMs(at('2026-06-01T07:30:00Z'), HOUR, london)).toEqual(at('2026-06-01T09:00:00Z'));
    const shanghai = weekdays('Asia/Shanghai');
    // Friday 16:00 in Shanghai (08:00 UTC) plus two hours: Monday 10:00 Shanghai, 02:00 UTC.
    expect(addBusinessMs(at('2026-06-05T08:00:00Z'), 2 * HOUR, shanghai)).toEqual(at('2026-06-08T02:00:00Z'));
    // Monday 09:00 UTC is 17:00 in Shanghai, its closing time: nothing left that day.
    expect(businessMsBetween(at('2026-06-01T09:00:00Z'), at('2026-06-01T23:00:00Z'), shanghai)).toBe(0);
  });

  it('keeps working hours on the wall clock across DST changes', () => {
    const london = weekdays('Europe/London');
    // Clocks go forward on Sunday 2026-03-29: Friday 16:00 GMT plus two hours is Monday 10:00 BST, 09:00 UTC.
    expect(addBusinessMs(at('2026-03-27T16:00:00Z'), 2 * HOUR, london)).toEqual(at('2026-03-30T09:00:00Z'));
    // They go back on Sunday 2026-10-25: Friday 16:00 BST (15:00 UTC) plus two hours is Monday 10:00 GMT.
    expect(addBusinessMs(at('2026-10-23T15:00:00Z'), 2 * HOUR, london)).toEqual(at('2026-10-26T10:00:00Z'));
    const newYork = weekdays('America/New_York');
    // US clocks go forward on 2026-03-08: Friday 16:00 EST (21:00 UTC) plus two hours is Monday 10:00 EDT (14:00 UTC).
    expect(addBusinessMs(at('2026-03-06T21:00:00Z'), 2 * HOUR, newYork)).toEqual(at('2026-03-09T14:00:00Z'));
    // Round the clock every day: the spring weekend has 47 hours and the autumn one 49.
    const always: BusinessHours = { timeZone: 'Europe/London', workingDays: [1, 2, 3, 4, 5, 6, 7], opensAt: 0, closesAt: 24 * 60 };
    expect(businessMsBetween(at('2026-03-28T00:00:00Z'), at('2026-03-29T23:00:00Z'), always)).toBe(47 * HOUR);
    expect(businessMsBetween(at('2026-10-24T23:00:00Z'), at('2026-10-27T00:00:00Z'), always)).toBe(49 * HOUR);
  });

  it('knows real time zones from made-up ones', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe('a service-level clock with pauses', () => {
  it('does not count the time it is paused, and moves the due time on by the pause', () => {
    const opened = startedClock(at('2026-06-01T09:00:00Z'));
    expect(clockReaches(opened, 8 * HOUR, 1, UTC)).toEqual(at('2026-06-01T17:00:00Z'));
    const paused = pauseClock(opened, at('2026-06-01T11:00:00Z'), UTC);
    expect(paused).toEqual({ usedMs: 2 * HOUR, runningSince: null });
    expect(clockReaches(paused, 8 * HOUR, 1, UTC)).toBeNull();
    expect(usedBy(paused, at('2026-06-03T12:00:00Z'), UTC)).toBe(2 * HOUR);
    // Waiting on the customer until Wednesday 09:00: six working hours remain.
    const resumed = resumeClock(paused, at('2026-06-03T09:00:00Z'));
    expect(clockReaches(resumed, 8 * HOUR, 1, UTC)).toEqual(at('2026-06-03T15:00:00Z'));
    expect(clockReaches(resumed, 8 * HOUR, 0.75, UTC)).toEqual(at('2026-06-03T13:00:00Z'));
    expect(usedBy(resumed, at('2026-06-03T10:00:00Z'), UTC)).toBe(3 * HOUR);
  });

  it('pausing twice or resuming a running clock changes nothing; a clock past its target is due when it restarts', () => {
    const paused = pauseClock(startedClock(at('2026-06-01T09:00:00Z')), at('2026-06-02T12:00:00Z'), UTC);
    expect(pauseClock(paused, at('2026-06-03T12:00:00Z'), UTC)).toBe(paused);
    const resumed = resumeClock(paused, at('2026-06-04T10:00:00Z'));
    expect(resumeClock(resumed, at('2026-06-05T10:00:00Z'))).toBe(resumed);
    expect(paused.usedMs).toBe(11 * HOUR);
    expect(clockReaches(resumed, 8 * HOUR, 1, UTC)).toEqual(at('2026-06-04T10:00:00Z'));
  });
});
