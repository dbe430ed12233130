import { GraphQLError, GraphQLFormattedError, Kind } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError, AuthenticationError, AuthorizationError, getMetadataStorage } from 'type-graphql';
import { ValidationError } from 'class-validator';
import { DomainError, FieldViolation } from './domain.error';
import type { Logger } from '../logging/logger';

/** class-validator errors as violations, each field named by its dotted path under `prefix`. */
export function violationsOf(errors: ValidationError[], prefix: string): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      rule,
      message: message.replace(new RegExp(`^${error.property} `), ''),
    }));
    return [...own, ...violationsOf(error.children ?? [], field)];
  });
}

/**
 * Violations name the field as the caller wrote it: `filter.search` for list arguments (an
 * @ArgsType class, whose fields are the arguments), `input.emails.0.address` for a mutation's
 * `input`, and for any other argument its own name, looked up on the resolver of the field asked.
 */
function argumentPrefix(errors: ValidationError[], fieldName: string | undefined): string {
  const target = errors[0]?.target?.constructor;
  const storage = getMetadataStorage();
  if (storage.argumentTypes.some((argsType) => argsType.target === target)) return '';
  const resolvers = [...storage.queries, ...storage.mutations, ...storage.fieldResolvers].filter((resolver) => resolver.schemaName === fieldName);
  const argument = resolvers.flatMap((resolver) => resolver.params ?? []).find((param) => param.kind === 'arg' && param.getType() === target);
  return argument?.kind === 'arg' ? argument.name : 'input';
}

/**
 * The one place where errors become what a client sees: domain errors keep their code and
 * details, validation failures name each field and rule, anything else is an internal
 * error whose message and stack stay in the log unless the service runs in development.
 */
export function createErrorFormatter(options: { production: boolean; logger: Logger }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof ArgumentValidationError) {
      const validationErrors = original.extensions.validationErrors as ValidationError[];
      const field = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
      const violations = violationsOf(validationErrors, argumentPrefix(validationErrors, field?.kind === Kind.FIELD ? field.name.value : undefined));
      return {
        ...base,
        message: violations.map((violation) => `${violation.field}: ${violation.message}`).join('; '),
        extensions: { code: 'BAD_USER_INPUT', violations },
      };
    }
    if (original instanceof AuthorizationError) {
      return { ...base, message: 'Not allowed to read or change this field', extensions: { code: 'FORBIDDEN' } };
    }
    if (original instanceof AuthenticationError) {
      return { ...base, message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      // GraphQL's own validation and parsing errors: safe and useful as they are.
      return { ...base, extensions: { code } };
    }
    options.logger.error({ err: original }, 'unexpected error');
    if (options.production) return { message: 'Internal error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    return { ...base, message: original instanceof Error ? original.message : formatted.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
