import { GraphQLError } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

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

/**
 * Yoga's `maskError`: every error a client sees passes here. Client-facing codes keep
 * their message and details; an unreachable subgraph is named but not located; anything
 * else becomes an internal error. Field errors never set an HTTP status, so a partial
 * answer is still a 200. Errors that only lose internal extensions are changed in place
 * because Yoga logs every error the mask replaces, and a refused field is not news.
 */
export function createErrorMasker() {
  return (error: unknown): Error => {
    const graphqlError = error instanceof GraphQLError ? error : undefined;
    if (!graphqlError) return new GraphQLError('Internal error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const extensions = graphqlError.extensions as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    const isFieldError = Boolean(graphqlError.path?.length);
    const status = (extensions.http as { status?: number } | undefined)?.status;
    const isRequestError = !isFieldError && status !== undefined && status >= 400 && status < 500;

    if ((code && CLIENT_CODES.has(code)) || isRequestError) {
      const http = extensions.http;
      for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
      if (isRequestError) extensions.http = http;
      extensions.code = code ?? 'BAD_REQUEST';
      return graphqlError;
    }
    const location = { nodes: graphqlError.nodes, source: graphqlError.source, positions: graphqlError.positions, path: graphqlError.path };
    if (code && UNREACHABLE_CODES.has(code) && typeof extensions.serviceName === 'string') {
      return new GraphQLError(`The ${extensions.serviceName} service could not answer`, {
        ...location,
        extensions: { code: 'SERVICE_UNAVAILABLE', service: extensions.serviceName },
      });
    }
    return new GraphQLError('Internal error', { ...location, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}

/** Validation answers without "Did you mean …?": in production, field names are not offered to strangers. */
export function useNoSuggestions(): GatewayPlugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (!result.some((error) => SUGGESTION.test(error.message))) return;
        setResult(
          result.map((error) =>
            SUGGESTION.test(error.message)
              ? new GraphQLError(error.message.replace(SUGGESTION, ''), { nodes: error.nodes, source: error.source, positions: error.positions, extensions: error.extensions })
              : error,
          ),
        );
      };
    },
  };
}
