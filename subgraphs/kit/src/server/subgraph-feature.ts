import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger';
import type { OutboxTopic } from '../outbox/outbox';
import type { BootConfig, SubgraphModule } from './boot-subgraph';
import type { PeriodicTask } from './periodic-tasks';

type Class = abstract new (...args: never[]) => object;

/**
 * One feature of a subgraph, declared from its own folder: the tables it owns, the migrations that
 * made them, and what it adds to the running subgraph. `S` is what the subgraph's features share
 * (its services), built once per schema.
 */
export interface SubgraphFeature<S> {
  name: string;
  entities?: Class[];
  /** Every migration touching the feature's tables; one shared by several features is run once. */
  migrations?: Class[];
  /** The feature's resolvers; called in the order of the feature list, so whatever it registers with `S` is registered in that order too. */
  resolvers?(services: S): object[];
  outboxTopics?(dataSource: DataSource, config: BootConfig, logger: Logger): OutboxTopic[];
  periodicTasks?(dataSource: DataSource, config: BootConfig, logger: Logger): PeriodicTask[];
}

/** TypeORM's own rule: a migration's class ends in its 13-digit timestamp. */
function timestampOf(migration: Class): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} does not end in a 13-digit timestamp`);
  return Number(match[1]);
}

type FeatureParts = Pick<SubgraphModule, 'entities' | 'migrations' | 'outboxTopics' | 'periodicTasks'>;

/**
 * What a subgraph module takes from its features: every entity and migration once (migrations in
 * timestamp order), the outbox topics and periodic tasks if any feature has some, and `resolvers`
 * for the module's `schema` to call with the shared services.
 */
export function subgraphFeatures<S>(features: readonly SubgraphFeature<S>[]): { module: FeatureParts; resolvers(services: S): object[] } {
  const names = new Set<string>();
  for (const { name } of features) {
    if (names.has(name)) throw new Error(`Feature ${name} is listed twice`);
    names.add(name);
  }
  const migrations = [...new Set(features.flatMap((feature) => feature.migrations ?? []))].sort((a, b) => timestampOf(a) - timestampOf(b));
  const module: FeatureParts = { entities: [...new Set(features.flatMap((feature) => feature.entities ?? []))], migrations };
  if (features.some((feature) => feature.outboxTopics)) {
    module.outboxTopics = (dataSource, config, logger) => features.flatMap((feature) => feature.outboxTopics?.(dataSource, config, logger) ?? []);
  }
  if (features.some((feature) => feature.periodicTasks)) {
    module.periodicTasks = (dataSource, config, logger) => features.flatMap((feature) => feature.periodicTasks?.(dataSource, config, logger) ?? []);
  }
  return { module, resolvers: (services) => features.flatMap((feature) => feature.resolvers?.(services) ?? []) };
}
