import { printSubgraphSchema } from '@apollo/subgraph';
import { generateSigningKeyPair } from '../auth/jwt';
import { bootConfigShape, SubgraphModule } from '../server/boot-subgraph';
import { loadConfig } from '../config/config';
import { createDataSource } from '../data/data-source';
import { createLogger } from '../logging/logger';

/**
 * A subgraph's SDL without starting it: the data source is created but never opened, so
 * `module.schema` must not touch the database or need secrets (read those in `prepare`).
 */
export async function subgraphSdl<P>(module: SubgraphModule<P>): Promise<string> {
  const config = loadConfig(bootConfigShape, {
    INTERNAL_TOKEN_PUBLIC_KEY: generateSigningKeyPair().publicKeyPem,
    SERVICE_TOKEN_SECRET: 'sdl-only',
  });
  const { dataSource } = createDataSource({
    service: module.name,
    databaseUrl: 'mysql://sdl-only@127.0.0.1/none',
    dataDir: '',
    entities: module.entities,
    migrations: module.migrations,
  });
  const schema = await module.schema(dataSource, config, createLogger(module.name, 'silent'));
  return printSubgraphSchema(schema);
}
