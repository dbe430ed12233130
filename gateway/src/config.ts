import { resolve } from 'node:path';
import { ConfigError, ConfigOf, env, loadConfig } from '@wayfarer/kit';
import { envSuffix, GATEWAY } from '@wayfarer/registry';
import { readSupergraph, SupergraphFile } from './supergraph';

const ROOT = resolve(__dirname, '../..');

export const gatewayConfigShape = {
  NODE_ENV: env.oneOf(['development', 'test', 'production'] as const, { default: 'development' }),
  PORT: env.int({ default: GATEWAY.port, min: 0, max: 65535 }),
  HOST: env.string({ default: '127.0.0.1' }),
  LOG_LEVEL: env.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, { default: 'info' }),
  INTERNAL_TOKEN_PRIVATE_KEY: env.pem('PRIVATE'),
  SESSION_PUBLIC_KEY: env.pem('PUBLIC'),
  SERVICE_TOKEN_SECRET: env.string(),
  SUPERGRAPH_PATH: env.string({ default: resolve(ROOT, 'supergraph.graphql') }),
  ADMIN_DIST: env.string({ default: resolve(ROOT, 'admin/dist') }),
  SUBGRAPH_TIMEOUT_MS: env.int({ default: 10_000, min: 1 }),
  MAX_BODY_BYTES: env.int({ default: 1_000_000, min: 1 }),
  DEDUPLICATE_REQUESTS: env.bool({ default: true }),
  /** Queries one subgraph answers whole go straight to it, past the runtime's planner and executor. */
  FORWARD_SINGLE_SUBGRAPH_QUERIES: env.bool({ default: true }),
  API_KEY_CACHE_TTL_MS: env.int({ default: 30_000, min: 0 }),
  SESSION_CHECK_TTL_MS: env.int({ default: 30_000, min: 0 }),
  MAX_DEPTH: env.int({ default: 12, min: 1 }),
  MAX_ALIASES: env.int({ default: 30, min: 0 }),
  MAX_TOKENS: env.int({ default: 3_000, min: 1 }),
  MAX_COST: env.int({ default: 5_000, min: 1 }),
  COST_LIST_SIZE: env.int({ default: 25, min: 1 }),
};

export type GatewayConfig = ConfigOf<typeof gatewayConfigShape> & {
  supergraph: SupergraphFile;
  /** Subgraph name → URL, after `SUBGRAPH_URL_<NAME>` overrides. */
  subgraphUrls: Readonly<Record<string, string>>;
};

export const subgraphUrlVariable = (subgraph: string) => `SUBGRAPH_URL_${envSuffix(subgraph)}`;

/** Validated once at start-up; the supergraph names the subgraphs whose URLs may be overridden. */
export function loadGatewayConfig(source: Record<string, string | undefined> = process.env): GatewayConfig {
  const config = loadConfig(gatewayConfigShape, source);
  let supergraph: SupergraphFile;
  try {
    supergraph = readSupergraph(config.SUPERGRAPH_PATH);
  } catch (error) {
    throw new ConfigError('SUPERGRAPH_PATH', `must name a readable supergraph (run \`npm run compose\`): ${(error as Error).message}`);
  }
  const subgraphUrls = Object.fromEntries(
    supergraph.subgraphs.map(({ name, url }) => [name, env.url({ default: url, protocols: ['http', 'https'] })(subgraphUrlVariable(name), source)]),
  );
  return Object.freeze({ ...config, supergraph, subgraphUrls: Object.freeze(subgraphUrls) });
}
