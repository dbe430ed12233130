/**
 * Business-hours arithmetic for service-level clocks: time counts only on working days between
 * opening and closing, on the wall clock of one time zone (so a DST change moves the UTC instants of
 * opening and closing, never the hours worked). Pure functions over instants, no database.
 */
export interface BusinessHours {
  /** An IANA zone, e.g. `Europe/London`. */
  timeZone: string;
  /** ISO weekdays: 1 is Monday, 7 Sunday. */
  workingDays: readonly number[];
  /** Minutes after local midnight. */
  opensAt: number;
  /** Minutes after local midnight, after opensAt. */
  closesAt: number;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Ten years of calendar days: further than any target reaches, so a schedule cannot loop for ever. */
const MAX_DAYS = 3_660;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Whether the runtime knows the zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall-clock time of an instant, as if it were UTC. */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) + (instant % 1000);
}

/** The instant a local wall-clock time happens; a time skipped by a DST change maps to the instant the clocks jumped over it. */
function instantOf(wall: number, timeZone: string): number {
  const offset = wallClock(wall, timeZone) - wall;
  const guess = wall - offset;
  const offsetThen = wallClock(guess, timeZone) - guess;
  return offsetThen === offset ? guess : wall - offsetThen;
}

/** Working windows [opens, closes) as instants, one per working day, from the local day holding `from`. */
function* windows(from: number, hours: BusinessHours): Generator<[number, number]> {
  const localMidnight = Math.floor(wallClock(from, hours.timeZone) / DAY_MS) * DAY_MS;
  for (let day = 0; day < MAX_DAYS; day++) {
    const midnight = localMidnight + day * DAY_MS;
    const weekday = new Date(midnight).getUTCDay() || 7;
    if (!hours.workingDays.includes(weekday)) continue;
    yield [instantOf(midnight + hours.opensAt * MINUTE_MS, hours.timeZone), instantOf(midnight + hours.closesAt * MINUTE_MS, hours.timeZone)];
  }
}

/** Working milliseconds in [from, to); none when to is not after from. */
export function businessMsBetween(from: Date, to: Date, hours: BusinessHours): number {
  const [start, end] = [from.getTime(), to.getTime()];
  let total = 0;
  if (end <= start) return total;
  for (const [opens, closes] of windows(start, hours)) {
    if (opens >= end) break;
    total += Math.max(0, Math.min(closes, end) - Math.max(opens, start));
  }
  return total;
}

/** The instant `ms` working milliseconds after `from`: `from` itself for none, a closing time when the time runs out exactly at one. */
export function addBusinessMs(from: Date, ms: number, hours: BusinessHours): Date {
  const start = from.getTime();
  if (ms <= 0) return new Date(start);
  let left = ms;
  for (const [opens, closes] of windows(start, hours)) {
    const begins = Math.max(opens, start);
    if (closes <= begins) continue;
    if (left <= closes - begins) return new Date(begins + left);
    left -= closes - begins;
  }
  throw new Error('business hours have no working time within ten years');
}
