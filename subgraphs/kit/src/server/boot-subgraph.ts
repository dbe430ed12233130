import { GraphQLSchema } from 'graphql';
import { DataSource, MixedList, EntitySchema } from 'typeorm';
import { AuditRecorder, AuditSink } from '../audit/audit-recorder';
import { createGatewayAuditSink } from '../audit/gateway-audit-sink';
import { env, loadConfig, subgraphConfigShape, ConfigOf } from '../config/config';
import { createDataSource, openDataSource } from '../data/data-source';
import type { DestinationStream } from 'pino';
import { createLogger, Logger } from '../logging/logger';
import { Outbox, OutboxTopic } from '../outbox/outbox';
import { startSubgraph, RunningSubgraph } from './start-subgraph';
import { PeriodicTask, schedulePeriodicTasks } from './periodic-tasks';

export const bootConfigShape = {
  ...subgraphConfigShape,
  GATEWAY_URL: env.url({ default: 'http://127.0.0.1:4000/graphql' }),
  SERVICE_TOKEN_SECRET: env.string(),
};
export type BootConfig = ConfigOf<typeof bootConfigShape>;

export type EnvSource = Record<string, string | undefined>;

/** `P` is what `prepare` hands to `schema`: the module's own settings and services. */
export interface SubgraphModule<P = unknown> {
  name: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /**
   * Builds the schema; services receive the data source here. `prepared` is absent when only
   * the SDL is wanted (composition), so nothing here may query the database or need secrets.
   */
  schema(dataSource: DataSource, config: BootConfig, logger: Logger, prepared?: P): Promise<GraphQLSchema>;
  /** Defaults to the audit log behind the gateway. */
  auditSink?(dataSource: DataSource): AuditSink;
  /** After migrations, before taking requests: the module's own config (read from `env`), demo data and the like. */
  prepare?(dataSource: DataSource, config: BootConfig, logger: Logger, env: EnvSource): Promise<P>;
  /** What other subgraphs learn from this one through its transactional outbox (see enqueueOutbox); its migrations create the table. */
  outboxTopics?(dataSource: DataSource, config: BootConfig, logger: Logger): OutboxTopic[];
  /** Upkeep that depends on the date (sweeps), after `prepare` and then on each task's interval. */
  periodicTasks?(dataSource: DataSource, config: BootConfig, logger: Logger): PeriodicTask[];
  /** A server of the module's own beside its GraphQL one (an SMTP listener…), started after the schema; the function it returns closes it on stop. */
  listen?(dataSource: DataSource, config: BootConfig, logger: Logger, prepared?: P): Promise<(() => Promise<void>) | undefined>;
}

export interface BootedSubgraph extends RunningSubgraph {
  dataSource: DataSource;
  audit: AuditRecorder;
  outbox?: Outbox;
  config: BootConfig;
}

/** Config, database, migrations, schema, audit and server for one subgraph, in that order; logs go to standard output unless another destination is given. */
export async function bootSubgraph<P>(module: SubgraphModule<P>, source: EnvSource = process.env, logDestination?: DestinationStream): Promise<BootedSubgraph> {
  const config = loadConfig(bootConfigShape, source);
  const logger = createLogger(module.name, config.LOG_LEVEL, logDestination);
  const { dataSource, statements } = createDataSource({
    service: module.name,
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    entities: module.entities,
    migrations: module.migrations,
  });
  let prepared: P | undefined;
  let outbox: Outbox | undefined;
  const tasks = module.periodicTasks?.(dataSource, config, logger) ?? [];
  try {
    await openDataSource(dataSource);
    // After opening: opening replaces the data source's subscribers, and the outbox is one.
    const topics = module.outboxTopics?.(dataSource, config, logger);
    if (topics) outbox = new Outbox(dataSource, topics, logger);
    prepared = await module.prepare?.(dataSource, config, logger, source);
    for (const task of tasks) await task.run();
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
  const sink =
    module.auditSink?.(dataSource) ??
    createGatewayAuditSink({ gatewayUrl: config.GATEWAY_URL, service: module.name, serviceSecret: config.SERVICE_TOKEN_SECRET });
  const audit = new AuditRecorder(dataSource, sink, logger);
  const schema = await module.schema(dataSource, config, logger, prepared);
  let periodic: ReturnType<typeof schedulePeriodicTasks> | undefined;
  let closeListener: (() => Promise<void>) | undefined;
  const running = await startSubgraph({
    name: module.name,
    schema,
    dataSource,
    statements,
    audit,
    logger,
    internalTokenPublicKey: config.INTERNAL_TOKEN_PUBLIC_KEY,
    production: config.NODE_ENV === 'production',
    host: config.HOST,
    port: config.PORT,
    onStop: async () => {
      await closeListener?.();
      await periodic?.stop();
      await outbox?.stop();
    },
  });
  try {
    closeListener = await module.listen?.(dataSource, config, logger, prepared);
  } catch (error) {
    await running.stop();
    throw error;
  }
  outbox?.start();
  periodic = schedulePeriodicTasks(tasks, logger);
  return { ...running, dataSource, audit, outbox, config };
}
