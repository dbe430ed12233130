import { GraphQLError } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from '@wayfarer/kit';

/** Codes a client can act on; their messages and details pass through as the subgraph wrote them. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'COST_ESTIMATED_TOO_EXPENSIVE',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/** Set by the runtime when a subgraph could not be reached or did not answer in time. */
const UNREACHABLE_CODES = new Set(['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT', 'DOWNSTREAM_SERVICE_ERROR']);

/** Extensions only the gateway and its logs need: where a subgraph lives, HTTP details, stacks. */
const INTERNAL_EXTENSIONS = ['http', 'serviceName', 'request', 'response', 'stacktrace', 'exception', 'originalError', 'unexpected'];

const SUGGESTION = /\s*Did you mean .+\?$/;
const INTERNAL_MESSAGE = 'Internal error';

/**
 * Yoga's `maskError`: every error a client sees passes here. Client-facing codes keep
 * their message and details; an unreachable subgraph is named but not located; anything
 * else becomes an internal error, logged here once. Field errors never set an HTTP status,
 * so a partial answer is still a 200; a request that is not a GraphQL request at all (not
 * JSON, no query) is a 400 whatever the media type. GraphQL errors are changed in place:
 * Yoga logs every error the mask replaces, twice, and without the gateway's wording.
 */
export function createErrorMasker(logger: Logger) {
  const masked = new WeakSet<Error>();
  return (error: unknown): Error => {
    if (error instanceof Error && masked.has(error)) return error;
    const graphqlError = error instanceof GraphQLError ? error : undefined;
    if (!graphqlError) {
      logger.error({ err: error }, 'internal error');
      return new GraphQLError(INTERNAL_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    const extensions = graphqlError.extensions as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    const isFieldError = Boolean(graphqlError.path?.length);
    const http = extensions.http as { status?: number; spec?: boolean } | undefined;
    const isRequestError = !isFieldError && http?.status !== undefined && http.status >= 400 && http.status < 500;

    if ((code && CLIENT_CODES.has(code)) || isRequestError) {
      for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
      if (isRequestError) extensions.http = code === 'BAD_REQUEST' ? { ...http, spec: false } : http;
      extensions.code = code ?? 'BAD_REQUEST';
      return graphqlError;
    }
    const service = code && UNREACHABLE_CODES.has(code) && typeof extensions.serviceName === 'string' ? extensions.serviceName : undefined;
    logger.error({ err: graphqlError, code, service, path: graphqlError.path }, service ? 'subgraph could not answer' : 'internal error');
    for (const key of Object.keys(extensions)) delete extensions[key];
    masked.add(graphqlError);
    if (service) {
      graphqlError.message = `The ${service} service could not answer`;
      Object.assign(extensions, { code: 'SERVICE_UNAVAILABLE', service });
    } else {
      graphqlError.message = INTERNAL_MESSAGE;
      extensions.code = 'INTERNAL_SERVER_ERROR';
    }
    return graphqlError;
  };
}

const withoutSuggestion = <T extends Error>(error: T): T | GraphQLError =>
  error instanceof GraphQLError && SUGGESTION.test(error.message)
    ? new GraphQLError(error.message.replace(SUGGESTION, ''), {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        extensions: error.extensions,
      })
    : error;

/**
 * Validation and variable errors without "Did you mean …?": in production, field and input
 * field names are not offered to strangers. Comes before the plugins that may answer early.
 */
export function useNoSuggestions(): GatewayPlugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.some((error) => SUGGESTION.test(error.message))) setResult(result.map(withoutSuggestion));
      };
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if ('errors' in result && result.errors?.some((error) => SUGGESTION.test(error.message)))
            setResult({ ...result, errors: result.errors.map(withoutSuggestion) });
        },
      };
    },
  };
}
