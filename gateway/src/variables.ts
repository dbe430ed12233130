import { DocumentNode, getOperationAST, getVariableValues, GraphQLError, GraphQLSchema } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

export type VariableValues = Record<string, unknown>;

/** The request's variables as the operation declares them (defaults applied), or why they do not fit it. */
export type CoercedVariables = { values: VariableValues; errors?: undefined } | { values?: undefined; errors: GraphQLError[] };

/**
 * Coerces the request's variables once, as execution will: every decision taken before execution
 * (which fields `@skip`/`@include` keep, what a page costs) reads these values, never the raw JSON.
 * Variables that do not fit their declaration are the client's mistake: `BAD_USER_INPUT` naming the
 * variable, HTTP 200 for `application/json` and 400 for `application/graphql-response+json`.
 */
export function coerceVariables(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, raw: unknown): CoercedVariables {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { values: {} };
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], (raw ?? {}) as VariableValues, { maxErrors: 10 });
  if (coerced.coerced) return { values: coerced.coerced };
  return {
    errors: coerced.errors.map(
      (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { spec: true, status: 400 } } }),
    ),
  };
}

const coercedByExecution = new WeakMap<object, VariableValues>();

/** The coerced variables of an execution, for the plugins after {@link useVariableCoercion}. */
export const coercedVariablesOf = (args: object): VariableValues | undefined => coercedByExecution.get(args);

/** Answers variables that do not fit the operation before anything runs, and keeps the coerced values for the plugins after it. */
export function useVariableCoercion(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const coerced = coerceVariables(args.schema, args.document, args.operationName, args.variableValues);
      if (coerced.errors) return setResultAndStopExecution({ errors: coerced.errors });
      coercedByExecution.set(args, coerced.values);
    },
  };
}
