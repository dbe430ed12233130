import { EntityManager } from 'typeorm';
import { isMysql } from '@wayfarer/kit';
import { LoyaltyMember } from './loyalty-member.entity';

/**
 * A member row, locked until the transaction ends. Every ledger write and periodic task takes
 * its members' rows first (several in id order), before any lot or entry: writers for one member
 * queue here instead of deadlocking in the lots. The embedded database runs one transaction at a
 * time, so a plain read is the lock there.
 */
export async function lockMembers(manager: EntityManager, ids: readonly string[]): Promise<LoyaltyMember[]> {
  if (!ids.length) return [];
  const qb = manager.getRepository(LoyaltyMember).createQueryBuilder('member').where('member.id IN (:...ids)', { ids }).orderBy('member.id');
  if (isMysql(manager.connection)) qb.setLock('pessimistic_write');
  return qb.getMany();
}

export async function lockMember(manager: EntityManager, id: string): Promise<LoyaltyMember | null> {
  return (await lockMembers(manager, [id]))[0] ?? null;
}
