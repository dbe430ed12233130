import { EntityManager } from 'typeorm';
import { LoyaltyMember } from './loyalty-member.entity';

/** What one ledger write changes in a member's maintained balances. */
export interface BalanceChange {
  available?: number;
  pending?: number;
  earned?: number;
  used?: number;
  expired?: number;
}

const COLUMNS: Record<keyof BalanceChange, string> = {
  available: 'available_points',
  pending: 'pending_points',
  earned: 'earned_points',
  used: 'used_points',
  expired: 'expired_points',
};

/** Adds a change to one locked member's balances, in the same statement as the version bump. */
export async function changeBalances(manager: EntityManager, member: LoyaltyMember, change: BalanceChange, extra: Partial<LoyaltyMember> = {}): Promise<void> {
  const set: Record<string, unknown> = { ...extra, version: () => 'version + 1', updatedAt: new Date() };
  for (const [key, column] of Object.entries(COLUMNS) as [keyof BalanceChange, string][]) {
    const delta = change[key] ?? 0;
    if (!Number.isInteger(delta)) throw new Error('points are whole numbers');
    if (delta) set[`${key}Points`] = () => `${column} + (${delta})`;
  }
  await manager.createQueryBuilder().update(LoyaltyMember).set(set).where('id = :id', { id: member.id }).execute();
  member.availablePoints += change.available ?? 0;
  member.pendingPoints += change.pending ?? 0;
  member.earnedPoints += change.earned ?? 0;
  member.usedPoints += change.used ?? 0;
  member.expiredPoints += change.expired ?? 0;
  member.version += 1;
  Object.assign(member, extra);
}

/** A datetime as both drivers take it bound as text (SQLite's binds no Date objects). */
export const sqlDateTime = (at: Date): string => at.toISOString().slice(0, 23).replace('T', ' ');

/**
 * A CASE over ids is read top to bottom for every row it updates, so one statement takes at most
 * this many members: past it the work grows with the square of the batch.
 */
export const CASE_ROWS = 200;

/**
 * Many locked members' balances (the periodic tasks' batches), a few statements for all: each
 * column becomes `column + CASE id WHEN … THEN delta … END`. Deltas are whole numbers computed
 * here, so they go in the text; ids are bound.
 */
export async function changeManyBalances(
  manager: EntityManager,
  changes: ReadonlyMap<string, BalanceChange>,
  extra?: (ids: string[]) => { sql: string; parameters: unknown[] },
): Promise<void> {
  const all = [...changes];
  for (let start = 0; start < all.length; start += CASE_ROWS) {
    const chunk = all.slice(start, start + CASE_ROWS);
    const ids = chunk.map(([id]) => id);
    const parameters: unknown[] = [];
    const sets: string[] = [];
    for (const [key, column] of Object.entries(COLUMNS) as [keyof BalanceChange, string][]) {
      const cases: string[] = [];
      for (const [id, change] of chunk) {
        const delta = change[key] ?? 0;
        if (!Number.isInteger(delta)) throw new Error('points are whole numbers');
        if (delta) {
          cases.push(`WHEN ? THEN ${delta}`);
          parameters.push(id);
        }
      }
      if (cases.length) sets.push(`${column} = ${column} + CASE id ${cases.join(' ')} ELSE 0 END`);
    }
    const more = extra?.(ids);
    await manager.query(
      `UPDATE loyalty_members SET ${[...sets, 'version = version + 1', 'updated_at = ?', ...(more ? [more.sql] : [])].join(', ')} WHERE id IN (${ids.map(() => '?').join(', ')})`,
      [...parameters, sqlDateTime(new Date()), ...(more?.parameters ?? []), ...ids],
    );
  }
}
