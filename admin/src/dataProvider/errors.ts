import { DataProviderError } from './graphqlRequest';

interface Violation {
  field: string;
  rule?: string;
  message: string;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: {
    code?: string;
    violations?: Violation[];
    [detail: string]: unknown;
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

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const STALE_MESSAGES: Record<string, string> = {
  profiles: 'wayfarer.errors.profile_conflict',
  duplicateCandidates: 'resources.duplicateCandidates.merge.conflict',
};

/** `input.emails.0.address` → `emails.0.address`, the path react-hook-form knows the input by. */
export const formFieldPath = (violationField: string): string => violationField.replace(/^input\./, '');

/** `input.phones.0.number` → `phones.number`, then `number`: the field as the catalogue names it, most specific first. */
const catalogueFields = (violationField: string): string[] => {
  const path = formFieldPath(violationField).replace(/\.\d+(?=\.|$)/g, '');
  return [path, path.slice(path.lastIndexOf('.') + 1)];
};

/**
 * The first of `keys` the current language has, else the server's own text. The server speaks
 * English, so only other languages carry `wayfarer.server.*`: in English the server's wording,
 * which names what went wrong most exactly, shows as it is.
 */
export const serverText = (translate: Translate, keys: string[], args: Record<string, unknown>, serverMessage: string): string => {
  for (const key of keys) {
    const text = translate(key, { ...args, _: '' });
    if (text) return text;
  }
  return serverMessage;
};

/** A violation in the user's language, from its field and rule; the limits a rule names come from the server's message. */
export const violationText = (violation: Violation, translate: Translate): string => {
  const [limit, upper] = violation.message.match(/\d+/g) ?? [];
  return serverText(
    translate,
    [...catalogueFields(violation.field).map((field) => `wayfarer.server.fields.${field}.${violation.rule}`), `wayfarer.server.rules.${violation.rule}`],
    { limit, upper },
    violation.message,
  );
};

/** What a CONFLICT is about, from its details: someone else's newer version, or a record that can no longer change. */
const conflictError = (graphQLError: GraphQLErrorLike, resource: string, translate: Translate): DataProviderError => {
  const details = graphQLError.extensions ?? {};
  if (details.currentVersion !== undefined) return new DataProviderError(STALE_MESSAGES[resource] ?? 'wayfarer.errors.conflict', 409);
  const reason = details.mergedInto ? 'merged' : details.status === 'ERASED' ? 'erased' : details.status ? 'decided' : details.field ? 'taken' : 'other';
  const rule = typeof details.rule === 'string' ? [`wayfarer.server.conflict.${details.rule}`] : [];
  const text = serverText(translate, [...rule, `wayfarer.server.conflict.${reason}`], {}, graphQLError.message);
  const field = typeof details.field === 'string' ? { errors: { [formFieldPath(details.field)]: text } } : undefined;
  return new DataProviderError(text, 409, field);
};

/**
 * Turns a failed GraphQL call into the error react-admin understands, worded in the user's language:
 * `body.errors` for server-side validation (shown on the fields), a message for conflicts and refusals,
 * and the HTTP-like status that authProvider.checkError reads (401 signs the user out).
 */
export const toDataProviderError = (error: TransportErrorLike, resource: string, translate: Translate): DataProviderError => {
  if (error instanceof DataProviderError) return error;
  const transport = (error.body && typeof error.body === 'object' ? error.body : error) as TransportErrorLike;
  const graphQLError = transport.graphQLErrors?.[0];
  switch (graphQLError?.extensions?.code) {
    case 'BAD_USER_INPUT': {
      const violations = graphQLError.extensions?.violations ?? [];
      if (violations.length === 0) return new DataProviderError(serverText(translate, ['wayfarer.server.codes.BAD_USER_INPUT'], {}, graphQLError.message), 400);
      const texts = violations.map((violation) => violationText(violation, translate));
      const errors = Object.fromEntries(violations.map((violation, index) => [formFieldPath(violation.field), texts[index]]));
      return new DataProviderError(texts.join('; '), 400, { errors });
    }
    case 'CONFLICT':
      return conflictError(graphQLError, resource, translate);
    case 'FORBIDDEN':
      return new DataProviderError('wayfarer.errors.forbidden', 403);
    case 'UNAUTHENTICATED':
      return new DataProviderError('wayfarer.errors.unauthenticated', 401);
    case 'NOT_FOUND':
      return new DataProviderError('ra.notification.item_doesnt_exist', 404);
    case 'TOO_MANY_REQUESTS':
      return new DataProviderError(
        serverText(translate, ['wayfarer.server.codes.TOO_MANY_REQUESTS'], graphQLError.extensions ?? {}, graphQLError.message),
        429,
      );
  }
  const status = transport.networkError?.statusCode ?? error.status ?? 500;
  if (status === 401) return new DataProviderError('wayfarer.errors.unauthenticated', 401);
  // ra-data-graphql reports GraphQL errors with HTTP 200; they are still failures.
  return new DataProviderError(graphQLError?.message ?? error.message ?? 'ra.notification.http_error', status >= 400 ? status : 500);
};
