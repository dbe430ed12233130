import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { parse } from 'graphql';
import { composeServices } from '@theguild/federation-composition';
import { generateSigningKeyPair } from '@wayfarer/kit';
import { FixtureSubgraph, startFixtureSubgraph } from '@wayfarer/kit/testing';
import { loadGatewayConfig } from '../config';
import { createGateway, RunningGateway } from '../gateway';

export interface FixtureSubgraphDefinition {
  typeDefs: string;
  resolvers?: Record<string, Record<string, unknown>>;
}

/** The gateway resolves API keys with the access subgraph, so every graph it serves has one; fixtures ask nothing of it. */
const ACCESS_STUB: FixtureSubgraphDefinition = {
  typeDefs: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@shareable"])
    type Query { accessStub: Boolean }`,
};

/**
 * A small federated graph (stock subgraphs from SDL, composed here) behind two gateways built by
 * the project's own code: one that forwards single-subgraph queries and one that plans everything.
 */
export class FixtureGraph {
  private constructor(
    readonly subgraphs: Record<string, FixtureSubgraph>,
    readonly forwarding: RunningGateway,
    readonly planning: RunningGateway,
    private readonly directory: string,
  ) {}

  static async start(definitions: Record<string, FixtureSubgraphDefinition>, gatewayEnv: Record<string, string> = {}): Promise<FixtureGraph> {
    const subgraphs: Record<string, FixtureSubgraph> = {};
    const directory = mkdtempSync(join(tmpdir(), 'wayfarer-fixture-'));
    try {
      for (const [name, definition] of Object.entries({ access: ACCESS_STUB, ...definitions })) {
        subgraphs[name] = await startFixtureSubgraph(definition.typeDefs, definition.resolvers ?? {});
      }
      const composed = composeServices(
        Object.entries({ access: ACCESS_STUB, ...definitions }).map(([name, definition]) => ({
          name,
          url: subgraphs[name].url,
          typeDefs: parse(definition.typeDefs),
        })),
      );
      if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
      const supergraphPath = join(directory, 'supergraph.graphql');
      writeFileSync(supergraphPath, composed.supergraphSdl);
      const internal = generateSigningKeyPair();
      const env = {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        HOST: '127.0.0.1',
        PORT: '0',
        INTERNAL_TOKEN_PRIVATE_KEY: internal.privateKeyPem,
        SESSION_PUBLIC_KEY: generateSigningKeyPair().publicKeyPem,
        SERVICE_TOKEN_SECRET: randomBytes(32).toString('base64url'),
        SUPERGRAPH_PATH: supergraphPath,
        ...gatewayEnv,
      };
      const forwarding = await createGateway(loadGatewayConfig({ ...env, FORWARD_SINGLE_SUBGRAPH_QUERIES: 'true' }));
      const planning = await createGateway(loadGatewayConfig({ ...env, FORWARD_SINGLE_SUBGRAPH_QUERIES: 'false' }));
      return new FixtureGraph(subgraphs, forwarding, planning, directory);
    } catch (error) {
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
      rmSync(directory, { recursive: true, force: true });
      throw error;
    }
  }

  async stop(): Promise<void> {
    await Promise.all([this.forwarding.stop(), this.planning.stop()]);
    await Promise.all(Object.values(this.subgraphs).map((subgraph) => subgraph.stop()));
    rmSync(this.directory, { recursive: true, force: true });
  }
}
