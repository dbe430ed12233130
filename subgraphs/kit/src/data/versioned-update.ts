import { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { NotFoundError, StaleVersionError } from '../errors/domain.error';

/**
 * Optimistic concurrency in one statement: the version check is in the UPDATE's WHERE, so
 * two writers based on the same version cannot both succeed, whatever the isolation level.
 */
export async function updateWithVersion<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  entityName: string,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  if (result.affected === 1) return;
  const current = await manager.getRepository(target).findOne({ where: { id } as never, select: { id: true, version: true } as never });
  if (!current) throw new NotFoundError(entityName, id);
  throw new StaleVersionError(entityName, id, expectedVersion, current.version);
}
