import { EntityManager } from 'typeorm';
import { isMysql, lockRowsById } from '@wayfarer/kit';
import { LoyaltyMember } from './loyalty-member.entity';

/**
 * Member rows, locked until the transaction ends. Every ledger write and periodic task takes its
 * members' rows first (several in id order), before any lot or entry: writers for one member
 * queue here instead of deadlocking in the lots.
 */
export function lockMembers(manager: EntityManager, ids: readonly string[]): Promise<LoyaltyMember[]> {
  return lockRowsById(manager, LoyaltyMember, ids);
}

export async function lockMember(manager: EntityManager, id: string): Promise<LoyaltyMember | null> {
  return (await lockMembers(manager, [id]))[0] ?? null;
}

/** A traveller's member row, found by the profile's unique index and locked in the same statement. */
export function lockMemberOfProfile(manager: EntityManager, profileId: string): Promise<LoyaltyMember | null> {
  const qb = manager.getRepository(LoyaltyMember).createQueryBuilder('member').where('member.profile_id = :profileId', { profileId });
  if (isMysql(manager.connection)) qb.setLock('pessimistic_write');
  return qb.getOne();
}
