import { DataProviderError, type FetchType, type GraphQLRequest, type ResourceOperations } from './graphqlRequest';

/**
 * ra-data-graphql's buildQuery: picks the hand-written document for a react-admin fetch type and resource.
 * Scopes are read per call because they change when another staff member signs in.
 */
export const createBuildQuery =
  (readScopes: () => readonly string[], resourceOperations: Record<string, ResourceOperations>) =>
  (fetchType: string, resource: string, params: unknown): GraphQLRequest => {
    const operation = resourceOperations[resource]?.[fetchType as FetchType];
    if (!operation) throw new DataProviderError(`${resource} does not support ${fetchType}`, 400);
    return operation(params, { scopes: readScopes() });
  };
