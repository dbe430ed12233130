/** Today's date in UTC as YYYY-MM-DD, the zone dates are entered and compared in. */
export const utcToday = (): string => new Date().toISOString().slice(0, 10);
