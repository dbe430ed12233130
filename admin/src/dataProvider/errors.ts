import { DataProviderError } from './graphqlRequest';

interface GraphQLErrorLike {
  message: string;
  extensions?: {
    code?: string;
    violations?: { field: string; rule?: string; message: string }[];
  };
}

/** The parts of an ApolloError (or of ra-data-graphql's HttpError wrapping one) that decide what a person sees. */
export interface TransportErrorLike {
  message?: string;
  status?: number;
  graphQLErrors?: readonly GraphQLErrorLike[];
  networkError?: { statusCode?: number; message?: string } | null;
  body?: unknown;
}

const CONFLICT_MESSAGES: Record<string, string> = {
  profiles: 'wayfarer.errors.profile_conflict',
  duplicateCandidates: 'resources.duplicateCandidates.merge.conflict',
};

/** `input.emails.0.address` → `emails.0.address`, the path react-hook-form knows the input by. */
export const formFieldPath = (violationField: string): string => violationField.replace(/^input\./, '');

export const violationsToFieldErrors = (violations: { field: string; message: string }[]): Record<string, string> =>
  Object.fromEntries(violations.map((violation) => [formFieldPath(violation.field), violation.message]));

/**
 * Turns a failed GraphQL call into the error react-admin understands: `body.errors` for server-side
 * validation (shown on the fields), a translatable message for conflicts and refusals, and the HTTP-like
 * status that authProvider.checkError reads (401 signs the user out).
 */
export const toDataProviderError = (error: TransportErrorLike, resource: string): DataProviderError => {
  if (error instanceof DataProviderError) return error;
  const transport = (error.body && typeof error.body === 'object' ? error.body : error) as TransportErrorLike;
  const graphQLError = transport.graphQLErrors?.[0];
  switch (graphQLError?.extensions?.code) {
    case 'BAD_USER_INPUT': {
      const violations = graphQLError.extensions?.violations ?? [];
      if (violations.length === 0) return new DataProviderError(graphQLError.message, 400);
      return new DataProviderError('ra.message.invalid_form', 400, { errors: violationsToFieldErrors(violations) });
    }
    case 'CONFLICT':
      return new DataProviderError(CONFLICT_MESSAGES[resource] ?? 'wayfarer.errors.conflict', 409);
    case 'FORBIDDEN':
      return new DataProviderError('wayfarer.errors.forbidden', 403);
    case 'UNAUTHENTICATED':
      return new DataProviderError('wayfarer.errors.unauthenticated', 401);
    case 'NOT_FOUND':
      return new DataProviderError('ra.notification.item_doesnt_exist', 404);
    case 'TOO_MANY_REQUESTS':
      return new DataProviderError(graphQLError.message, 429);
  }
  const status = transport.networkError?.statusCode ?? error.status ?? 500;
  if (status === 401) return new DataProviderError('wayfarer.errors.unauthenticated', 401);
  // ra-data-graphql reports GraphQL errors with HTTP 200; they are still failures.
  return new DataProviderError(graphQLError?.message ?? error.message ?? 'ra.notification.http_error', status >= 400 ? status : 500);
};
