import { auditEventOperations } from '../auditEvents/auditEvents.operations';
import { partnerClientOperations } from '../partnerClients/partnerClients.operations';
import { profileOperations } from '../profiles/profiles.operations';
import { roleOperations, staffOperations } from '../staff/staff.operations';
import { DataProviderError, type FetchType, type GraphQLRequest, type ResourceOperations } from './graphqlRequest';

export const RESOURCE_OPERATIONS: Record<string, ResourceOperations> = {
  profiles: profileOperations,
  staff: staffOperations,
  roles: roleOperations,
  partnerClients: partnerClientOperations,
  auditEvents: auditEventOperations,
};

/**
 * ra-data-graphql's buildQuery: picks the hand-written document for a react-admin fetch type and resource.
 * Scopes are read per call because they change when another staff member signs in.
 */
export const createBuildQuery =
  (readScopes: () => readonly string[]) =>
  (fetchType: string, resource: string, params: unknown): GraphQLRequest => {
    const operation = RESOURCE_OPERATIONS[resource]?.[fetchType as FetchType];
    if (!operation) throw new DataProviderError(`${resource} does not support ${fetchType}`, 400);
    return operation(params, { scopes: readScopes() });
  };
