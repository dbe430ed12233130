import { groupByKeys } from '@wayfarer/kit';

/** A batch's rows by profile, for deriving many profiles in one pass. */
export function byProfile<T extends { profileId: string }>(ids: readonly string[], rows: T[]): (profileId: string) => T[] {
  const groups = new Map(groupByKeys(ids, rows, (row) => row.profileId).map((group, index) => [ids[index], group]));
  return (profileId) => groups.get(profileId) ?? [];
}

/**
 * What to delete and insert to turn the stored rows into the derived ones. Only rows that
 * changed are touched, each by its key, so concurrent writes to other profiles never wait on
 * (or deadlock over) a range of this table.
 */
export function diffRows<T>(stored: T[], derived: T[], keyOf: (row: T) => string, same: (a: T, b: T) => boolean): { stale: T[]; fresh: T[] } {
  const storedByKey = new Map(stored.map((row) => [keyOf(row), row]));
  const derivedByKey = new Map(derived.map((row) => [keyOf(row), row]));
  const unchanged = (row: T, other: Map<string, T>) => {
    const match = other.get(keyOf(row));
    return match !== undefined && same(row, match);
  };
  return { stale: stored.filter((row) => !unchanged(row, derivedByKey)), fresh: derived.filter((row) => !unchanged(row, storedByKey)) };
}
