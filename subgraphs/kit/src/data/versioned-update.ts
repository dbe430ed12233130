import { EntityManager, EntityTarget, ObjectLiteral, QueryDeepPartialEntity } from 'typeorm';
import { NotFoundError, StaleVersionError } from '../errors/domain.error';

type Versioned = ObjectLiteral & { id: string; version: number };

/**
 * Optimistic concurrency in one statement: the version check is in the UPDATE's WHERE, so
 * two writers based on the same version cannot both succeed, whatever the isolation level.
 */
export async function updateWithVersion<T extends Versioned>(
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
  if (result.affected !== 1) await refuseStaleVersion(manager, target, entityName, id, expectedVersion);
}

/**
 * Takes the next version before anything else is written: the row stays locked until the
 * transaction ends, so concurrent writers based on the same version wait here and then get
 * CONFLICT, instead of meeting in the entity's other rows where MySQL/MariaDB would deadlock them.
 */
export async function claimVersion<T extends Versioned>(
  manager: EntityManager,
  target: EntityTarget<T>,
  entityName: string,
  id: string,
  expectedVersion: number,
): Promise<void> {
  await updateWithVersion(manager, target, entityName, id, expectedVersion, {} as QueryDeepPartialEntity<T>);
}

async function refuseStaleVersion<T extends Versioned>(
  manager: EntityManager,
  target: EntityTarget<T>,
  entityName: string,
  id: string,
  expectedVersion: number,
): Promise<never> {
  const current = await manager.getRepository(target).findOne({ where: { id } as never, select: { id: true, version: true } as never });
  if (!current) throw new NotFoundError(entityName, id);
  throw new StaleVersionError(entityName, id, expectedVersion, current.version);
}
