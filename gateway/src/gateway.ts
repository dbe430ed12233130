import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { createGatewayRuntime, GatewayRuntime } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import {
  ANONYMOUS,
  BodyTooLargeError,
  createLogger,
  graphqlError,
  Logger,
  Principal,
  privateKeyFromPem,
  publicKeyFromPem,
  readBody,
  sendJson,
  UnauthenticatedError,
} from '@wayfarer/kit';
import type { GatewayConfig } from './config';
import { createConsoleHandler } from './console';
import { createErrorMasker, useNoSuggestions } from './errors';
import { FieldAuthorizer, useFieldAuthorization } from './field-authorization';
import { hiveLoggerFor } from './hive-logger';
import { InternalTokens } from './internal-tokens';
import { useOperationLimits } from './limits';
import { CredentialCheckUnavailableError, PrincipalResolver } from './principal';
import { RefusedMutationLog, useRefusedMutationAudit } from './refused-mutation-audit';
import { SingleSubgraphQueries } from './single-subgraph-queries';
import { useSettledSubgraphSignals } from './subgraph-call-signals';
import { useVariableCoercion } from './variables';
import { createUnsubscribeHandler } from './unsubscribe-page';
import { createProfileConfirmationHandler } from './profile-confirmation-page';

/** What the HTTP layer hands the runtime for each request, besides Yoga's own context. */
export interface GatewayRequestContext {
  principal: Principal;
  /** The caller's address, for the subgraphs' per-client limits such as sign-in attempts. */
  clientIp: string;
}

export interface GatewayOptions {
  logger?: Logger;
}

export interface RunningGateway {
  server: Server;
  /** The GraphQL endpoint. */
  url: string;
  runtime: GatewayRuntime<GatewayRequestContext>;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 2_000;
const CSRF_HEADER = 'x-wayfarer-csrf';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_TYPE = 'application/json';

/**
 * The status GraphQL over HTTP asks for, whoever wrote the answer (the runtime or the forwarding).
 * `application/json`: 200 for every GraphQL response, failed or not (a request that is not a
 * GraphQL request at all keeps its 4xx). `application/graphql-response+json`: an answer without
 * `data` is never a 2xx (503 when only subgraphs that could not answer are to blame, else 500).
 */
function graphqlStatus(status: number, contentType: string, payload: Buffer): number {
  if (contentType.startsWith(JSON_TYPE)) return status >= 500 ? 200 : status;
  if (!contentType.startsWith(GRAPHQL_RESPONSE) || (status >= 300 && status < 500) || !payload.includes('"errors"')) return status;
  const answer = JSON.parse(payload.toString('utf8')) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  if ('data' in answer) return status;
  if (answer.errors?.every((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return 503;
  return status >= 500 ? status : 500;
}

/**
 * The edge of the graph on one port: `/graphql` (Hive Gateway runtime over the composed
 * supergraph), `/health/live`, `/health/ready`, `/unsubscribe` (campaign links), `/profile-confirmation` (profile summary links) and the console for every other path.
 */
export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger('gateway', config.LOG_LEVEL);
  const production = config.NODE_ENV === 'production';
  const internalTokens = new InternalTokens(privateKeyFromPem(config.INTERNAL_TOKEN_PRIVATE_KEY));
  const accessUrl = config.subgraphUrls.access;
  if (!accessUrl) throw new Error('The supergraph has no access subgraph; API keys could not be resolved');
  const principals = new PrincipalResolver({
    sessionPublicKey: publicKeyFromPem(config.SESSION_PUBLIC_KEY),
    serviceTokenSecret: config.SERVICE_TOKEN_SECRET,
    accessUrl,
    internalTokens,
    apiKeyCacheTtlMs: config.API_KEY_CACHE_TTL_MS,
    sessionCheckTtlMs: config.SESSION_CHECK_TTL_MS,
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    logger,
  });

  const authorizer = new FieldAuthorizer();
  const limits = {
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxTokens: config.MAX_TOKENS,
    maxCost: config.MAX_COST,
    assumedListSize: config.COST_LIST_SIZE,
  };
  const maskError = createErrorMasker(logger);
  const refusedMutations = new RefusedMutationLog({ accessUrl, internalTokens, logger, timeoutMs: config.SUBGRAPH_TIMEOUT_MS });

  const runtime = createGatewayRuntime<GatewayRequestContext>({
    supergraph: config.supergraph.sdl,
    transports: { http: httpTransport },
    // Hive Router's query planner and executor: about a third less gateway CPU per list than the stitching runtime.
    unifiedGraphHandler,
    transportEntries: {
      ...Object.fromEntries(Object.entries(config.subgraphUrls).map(([name, location]) => [name, { location }])),
      '*.http': { options: { deduplicateInflightRequests: config.DEDUPLICATE_REQUESTS } },
    },
    logging: hiveLoggerFor(logger),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    cors: false,
    maskedErrors: { maskError },
    disableIntrospection: production ? {} : undefined,
    csrfPrevention: { requestHeaders: [CSRF_HEADER] },
    propagateHeaders: {
      fromClientToSubgraphs: ({ context }) => ({
        authorization: `Bearer ${internalTokens.tokenFor(context.principal ?? ANONYMOUS)}`,
        'x-forwarded-for': context.clientIp ?? '',
      }),
    },
    upstreamTimeout: config.SUBGRAPH_TIMEOUT_MS,
    inboundInflightRequestDeduplication: config.DEDUPLICATE_REQUESTS,
    plugins: () => [
      ...(production ? [useNoSuggestions()] : []),
      useVariableCoercion(),
      useFieldAuthorization(authorizer),
      useOperationLimits(limits),
      useRefusedMutationAudit(refusedMutations),
      useSettledSubgraphSignals(),
    ],
  });

  const singleSubgraphQueries = config.FORWARD_SINGLE_SUBGRAPH_QUERIES
    ? new SingleSubgraphQueries({
        supergraphSdl: config.supergraph.sdl,
        subgraphUrls: config.subgraphUrls,
        apiSchema: () => runtime.getSchema(),
        authorizer,
        internalTokens,
        limits,
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        maskError,
      })
    : undefined;

  const serveConsole = createConsoleHandler(config.ADMIN_DIST);
  const serveUnsubscribe = createUnsubscribeHandler(runtime);
  const serveProfileConfirmation = createProfileConfirmationHandler(runtime);

  const handleGraphql = async (request: IncomingMessage, response: ServerResponse) => {
    const started = performance.now();
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > config.MAX_BODY_BYTES) throw new BodyTooLargeError(`request body over ${config.MAX_BODY_BYTES} bytes`);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request, config.MAX_BODY_BYTES);
    const principal = await principals.resolve(request.headers);
    const clientIp = request.socket.remoteAddress ?? '';
    const forwarded = body && request.method === 'POST' ? await singleSubgraphQueries?.answer(body, request.headers, principal, clientIp) : undefined;
    if (forwarded) {
      response.writeHead(graphqlStatus(200, forwarded.contentType, forwarded.payload), {
        'content-type': forwarded.contentType,
        'content-length': forwarded.payload.length,
        'x-request-id': forwarded.requestId,
      });
      response.end(forwarded.payload);
      logger.debug(
        { status: 200, principalKind: principal.kind, client: principal.client, ms: Math.round(performance.now() - started), forwarded: true },
        'graphql request',
      );
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await runtime.fetch(
      `http://${request.headers.host ?? 'gateway'}${request.url ?? '/graphql'}`,
      { method: request.method, headers, body },
      { principal, clientIp },
    );
    result.headers.forEach((value, name) => response.setHeader(name, value));
    response.statusCode = result.status;
    const contentType = result.headers.get('content-type') ?? '';
    if (contentType.startsWith(GRAPHQL_RESPONSE) || contentType.startsWith(JSON_TYPE)) {
      // A whole JSON answer goes out in one write with its length, not as a chunked stream.
      const payload = Buffer.from(await result.arrayBuffer());
      response.statusCode = graphqlStatus(result.status, contentType, payload);
      response.setHeader('content-length', payload.length);
      response.end(payload);
    } else {
      const reader = result.body?.getReader();
      for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) response.write(chunk.value);
      response.end();
    }
    logger.debug(
      { status: result.status, principalKind: principal.kind, client: principal.client, ms: Math.round(performance.now() - started) },
      'graphql request',
    );
  };

  const readiness = async () => {
    const checks = await Promise.all(
      Object.entries(config.subgraphUrls).map(async ([name, url]) => {
        try {
          const answer = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
          return [name, answer.status === 200 ? 'ready' : 'not ready'] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    return { ready: checks.every(([, state]) => state === 'ready'), subgraphs: Object.fromEntries(checks) };
  };

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    void (async () => {
      if (path === '/health/live') return sendJson(response, 200, { status: 'live' });
      if (path === '/health/ready') {
        const { ready, subgraphs } = await readiness();
        return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraphs });
      }
      if (path === '/graphql') return handleGraphql(request, response);
      if (path === '/unsubscribe') return serveUnsubscribe(request, response);
      if (path === '/profile-confirmation') return serveProfileConfirmation(request, response);
      return serveConsole(request, response);
    })().catch((error) => {
      if (response.headersSent) return void response.destroy();
      if (error instanceof BodyTooLargeError) {
        const [status, body] = graphqlError(413, 'PAYLOAD_TOO_LARGE', error.message);
        return sendJson(response, status, body, { connection: 'close' });
      }
      if (error instanceof UnauthenticatedError) {
        const [status, body] = graphqlError(401, 'UNAUTHENTICATED', error.message);
        return sendJson(response, status, body, { 'www-authenticate': 'Bearer' });
      }
      if (error instanceof CredentialCheckUnavailableError) {
        const [status, body] = graphqlError(503, 'SERVICE_UNAVAILABLE', error.message);
        return sendJson(response, status, body, { 'retry-after': '5' });
      }
      logger.error({ err: error }, 'request failed');
      sendJson(response, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  logger.info({ port, subgraphs: Object.keys(config.subgraphUrls) }, 'gateway listening');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await runtime.dispose();
      singleSubgraphQueries?.close();
      await refusedMutations.stop();
      logger.info('gateway stopped');
    })());

  return { server, url: `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}/graphql`, runtime, stop };
}
