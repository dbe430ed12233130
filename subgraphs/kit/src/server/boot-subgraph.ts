import { GraphQLSchema } from 'graphql';
import { DataSource, MixedList, EntitySchema } from 'typeorm';
import { AuditRecorder, AuditSink } from '../audit/audit-recorder';
import { createGatewayAuditSink } from '../audit/gateway-audit-sink';
import { env, loadConfig, subgraphConfigShape, ConfigOf } from '../config/config';
import { createDataSource, openDataSource } from '../data/data-source';
import { createLogger, Logger } from '../logging/logger';
import { startSubgraph, RunningSubgraph } from './start-subgraph';

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
}

export interface BootedSubgraph extends RunningSubgraph {
  dataSource: DataSource;
  audit: AuditRecorder;
  config: BootConfig;
}

/** Config, database, migrations, schema, audit and server for one subgraph, in that order. */
export async function bootSubgraph<P>(module: SubgraphModule<P>, source: EnvSource = process.env): Promise<BootedSubgraph> {
  const config = loadConfig(bootConfigShape, source);
  const logger = createLogger(module.name, config.LOG_LEVEL);
  const { dataSource, statements } = createDataSource({
    service: module.name,
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    entities: module.entities,
    migrations: module.migrations,
  });
  let prepared: P | undefined;
  try {
    await openDataSource(dataSource);
    prepared = await module.prepare?.(dataSource, config, logger, source);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    throw error;
  }
  const sink =
    module.auditSink?.(dataSource) ??
    createGatewayAuditSink({ gatewayUrl: config.GATEWAY_URL, service: module.name, serviceSecret: config.SERVICE_TOKEN_SECRET });
  const audit = new AuditRecorder(dataSource, sink, logger);
  const schema = await module.schema(dataSource, config, logger, prepared);
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
  });
  return { ...running, dataSource, audit, config };
}
