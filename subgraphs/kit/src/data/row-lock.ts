import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isMysql } from './data-source';

/**
 * Rows by id, locked until the transaction ends (`SELECT … FOR UPDATE` in id order on
 * MariaDB/MySQL, so writers locking several rows queue instead of deadlocking). The embedded
 * database runs one transaction at a time, so a plain read is the lock there. `shape` narrows
 * the select or adds conditions.
 */
export async function lockRowsById<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  ids: readonly string[],
  shape: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T> = (qb) => qb,
): Promise<T[]> {
  if (!ids.length) return [];
  const qb = shape(manager.getRepository(target).createQueryBuilder('row'))
    .andWhere('row.id IN (:...lockedIds)', { lockedIds: [...ids] })
    .orderBy('row.id');
  if (isMysql(manager.connection)) qb.setLock('pessimistic_write');
  return qb.getMany();
}
