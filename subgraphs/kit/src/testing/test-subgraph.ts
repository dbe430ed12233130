import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, DocumentNode, GraphQLFormattedError } from 'graphql';
import type { DestinationStream } from 'pino';
import { generateSigningKeyPair, privateKeyFromPem } from '../auth/jwt';
import { Principal, signInternalToken } from '../auth/principal';
import { bootSubgraph, BootedSubgraph, SubgraphModule } from '../server/boot-subgraph';
import { createTestDatabase, dropTestDatabase } from './test-database';

export interface OperationResult<TData> {
  status: number;
  data?: TData | null;
  errors?: (GraphQLFormattedError & { extensions?: Record<string, unknown> })[];
}

export const staff = (scopes: string[], roles: string[] = ['test'], id = '0190f0b2-0000-7000-8000-000000000001'): Principal => ({
  id,
  kind: 'staff',
  roles,
  scopes,
  client: 'test',
});

/** One subgraph on a fresh MariaDB database, and a typed way to call it as any principal. */
export class TestSubgraph {
  private constructor(
    readonly running: BootedSubgraph,
    private readonly privateKeyPem: string,
  ) {}

  /** Logs are silent unless the test sets LOG_LEVEL and gives a destination to read them from. */
  static async start<P>(module: SubgraphModule<P>, env: Record<string, string> = {}, logDestination?: DestinationStream): Promise<TestSubgraph> {
    const keys = generateSigningKeyPair();
    const databaseUrl = env.DATABASE_URL === undefined ? await createTestDatabase(module.name) : undefined;
    let running: BootedSubgraph;
    try {
      running = await bootSubgraph(
        module,
        {
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          DATABASE_URL: databaseUrl ?? '',
          INTERNAL_TOKEN_PUBLIC_KEY: keys.publicKeyPem,
          SERVICE_TOKEN_SECRET: 'test-service-secret',
          GATEWAY_URL: 'http://127.0.0.1:9/graphql',
          ...env,
        },
        logDestination,
      );
    } catch (error) {
      if (databaseUrl) await dropTestDatabase(databaseUrl);
      throw error;
    }
    // No gateway receives a lone subgraph's audit events or outbox rows, and background relays
    // would skew statement counts; tests flush and read the outboxes themselves.
    running.audit.stopTimers();
    running.outbox?.stopTimers();
    return new TestSubgraph(running, keys.privateKeyPem);
  }

  async run<TData = Record<string, any>, TVariables = Record<string, unknown>>(
    principal: Principal | null,
    document: TypedDocumentNode<TData, TVariables> | DocumentNode | string,
    variables?: TVariables,
    extraHeaders: Record<string, string> = {},
  ): Promise<OperationResult<TData>> {
    const query = typeof document === 'string' ? document : print(document);
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
    if (principal) headers.authorization = `Bearer ${signInternalToken(principal, privateKeyFromPem(this.privateKeyPem))}`;
    const response = await fetch(this.running.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: response.status, ...((await response.json()) as object) };
  }

  async stop(): Promise<void> {
    try {
      await this.running.stop();
    } finally {
      if (this.running.config.DATABASE_URL) await dropTestDatabase(this.running.config.DATABASE_URL);
    }
  }
}
