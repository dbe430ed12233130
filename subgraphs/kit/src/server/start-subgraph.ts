import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { InternalTokenVerifier, Principal } from '../auth/principal';
import { publicKeyFromPem } from '../auth/jwt';
import { AuditRecorder } from '../audit/audit-recorder';
import { AuditTrail } from '../audit/audit-trail';
import { createErrorFormatter } from '../errors/format-error';
import { Loaders } from '../loaders/loaders';
import { readBody, sendJson, graphqlError, BodyTooLargeError } from './http';
import type { SubgraphContext } from './context';
import type { Logger } from '../logging/logger';
import type { StatementCounter } from '../data/statement-counter';

export const MAX_BODY_BYTES = 1_000_000;

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  statements: StatementCounter;
  audit: AuditRecorder;
  logger: Logger;
  internalTokenPublicKey: string;
  production: boolean;
  host: string;
  port: number;
  /** Runs after the HTTP server stops taking requests and before the database closes. */
  onStop?: () => Promise<void>;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  server: Server;
  apollo: ApolloServer<SubgraphContext>;
  stop(): Promise<void>;
}

/**
 * One subgraph on one port: `/graphql` for the gateway only (every request carries the
 * gateway-signed token, `_entities` included), `/health/live`, `/health/ready` (checks
 * the database) and `/metrics`.
 */
export async function startSubgraph(options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const { logger } = options;
  const tokens = new InternalTokenVerifier(publicKeyFromPem(options.internalTokenPublicKey));
  let requests = 0;
  let peakRss = process.memoryUsage().rss;
  const memorySampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  memorySampler.unref();

  const principalOf = (request: IncomingMessage): Principal | null => {
    const header = request.headers.authorization ?? '';
    return header.startsWith('Bearer ') ? tokens.verify(header.slice(7)) : null;
  };

  const httpServer = createServer();
  const apollo = new ApolloServer<SubgraphContext>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // Apollo's own handler re-raises the signal after stopping, killing the process before
    // the audit outbox is flushed; stopOnSignals does the whole stop instead.
    stopOnTerminationSignals: false,
    // Only the gateway reads these answers: Apollo's default indents them, which costs CPU and bytes.
    stringifyResult: (result) => JSON.stringify(result),
    formatError: createErrorFormatter({ production: options.production, logger }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // The gateway sets no cache headers from subgraph hints; the hint plugin wraps every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              options.audit.push(contextValue.audit.drain());
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const handleGraphql = async (request: IncomingMessage, response: ServerResponse, principal: Principal) => {
    const url = new URL(request.url ?? '/', 'http://subgraph');
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (request.method === 'POST') {
      const text = await readBody(request, MAX_BODY_BYTES);
      try {
        body = text ? JSON.parse(text) : {};
      } catch {
        const [status, error] = graphqlError(400, 'BAD_REQUEST', 'Body is not JSON');
        return sendJson(response, status, error);
      }
    }
    const requestId = (request.headers['x-request-id'] as string) || randomUUID();
    const clientIp =
      String(request.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        .trim() || undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => ({ principal, requestId, loaders: new Loaders(), audit: new AuditTrail(options.name, principal), clientIp }),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
  };

  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0];
    void (async () => {
      if (path === '/health/live') return sendJson(response, 200, { status: 'live' });
      if (path === '/health/ready') {
        try {
          await options.dataSource.query('SELECT 1');
          return sendJson(response, 200, { status: 'ready' });
        } catch {
          return sendJson(response, 503, { status: 'database unavailable' });
        }
      }
      if (path === '/metrics') {
        return sendJson(response, 200, {
          service: options.name,
          requests,
          sqlStatements: options.statements.total,
          rssBytes: process.memoryUsage().rss,
          peakRssBytes: peakRss,
        });
      }
      if (path !== '/graphql') return sendJson(response, 404, { error: 'not found' });
      const principal = principalOf(request);
      if (!principal) {
        const [status, error] = graphqlError(401, 'UNAUTHENTICATED', 'This service only answers the gateway');
        return sendJson(response, status, error);
      }
      requests++;
      await handleGraphql(request, response, principal);
    })().catch((error) => {
      if (error instanceof BodyTooLargeError) {
        const [status, body] = graphqlError(413, 'PAYLOAD_TOO_LARGE', error.message);
        return sendJson(response, status, body);
      }
      logger.error({ err: error }, 'request failed');
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });

  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  options.audit.start();
  logger.info({ port }, `${options.name} subgraph listening`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      clearInterval(memorySampler);
      await apollo.stop();
      await options.onStop?.();
      await options.audit.stop();
      if (options.dataSource.isInitialized) await options.dataSource.destroy();
      logger.info(`${options.name} subgraph stopped`);
    })());

  return { url: `http://${options.host}:${port}/graphql`, port, server: httpServer, apollo, stop };
}

/** Stops on SIGTERM/SIGINT, flushing what is buffered, then exits. */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  const handler = (signal: string) => {
    logger.info({ signal }, 'stopping');
    stop()
      .then(() => process.exit(0))
      .catch((err) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}
