import { EntityManager } from 'typeorm';
import { updateFromRows } from '@wayfarer/kit';
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

/** A change to one of many members' balances, and the day their tier review is due by when the change makes one due. */
export interface MemberBalanceChange extends BalanceChange {
  tierReviewBy?: string;
}

const GIVEN: Record<keyof BalanceChange, string> = {
  available: 'given_available',
  pending: 'given_pending',
  earned: 'given_earned',
  used: 'given_used',
  expired: 'given_expired',
};

/**
 * Many locked members' balances (the periodic tasks' batches), each by its own change, joined
 * from the changes in one statement per few thousand members; `also` sets more columns the same
 * on all of them.
 */
export async function changeManyBalances(
  manager: EntityManager,
  changes: ReadonlyMap<string, MemberBalanceChange>,
  also?: { sql: string; parameters: unknown[] },
): Promise<void> {
  const keys = Object.keys(COLUMNS) as (keyof BalanceChange)[];
  const rows = [...changes].map(([id, change]) => [
    id,
    ...keys.map((key) => {
      const delta = change[key] ?? 0;
      if (!Number.isInteger(delta)) throw new Error('points are whole numbers');
      return delta;
    }),
    change.tierReviewBy ?? null,
  ]);
  await updateFromRows(manager, {
    table: 'loyalty_members',
    key: 'id',
    columns: [...keys.map((key) => GIVEN[key]), 'given_review_by'],
    rows,
    set: [
      ...keys.map((key) => `${COLUMNS[key]} = ${COLUMNS[key]} + given.${GIVEN[key]}`),
      'tier_review_on = CASE WHEN given.given_review_by < tier_review_on THEN given.given_review_by ELSE tier_review_on END',
      'version = version + 1',
      'updated_at = ?',
      ...(also ? [also.sql] : []),
    ].join(', '),
    parameters: [sqlDateTime(new Date()), ...(also?.parameters ?? [])],
  });
}
