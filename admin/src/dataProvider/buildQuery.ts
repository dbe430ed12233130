import { profileConsentOperations, profilePreferenceOperations } from '../profiles/preferences/preferences.operations';
import { profileHistoryOperations } from '../profiles/history/profileHistory.operations';
import { profileTravelDocumentOperations } from '../profiles/travelDocuments/travelDocuments.operations';
import { profileUpkeepOperations, reminderCountOperations, reminderOperations, segmentCountOperations } from '../profiles/upkeep/profileUpkeep.operations';
import { roleOperations } from '../staff/staff.operations';
import { accountTravellerOperations, profileCorporateOperations } from '../corporateAccounts/corporateAccounts.operations';
import { DataProviderError, type FetchType, type GraphQLRequest, type ResourceOperations } from './graphqlRequest';

/** Records the console reads and writes inside its resources' pages; each resource brings its own (see resources.ts). */
export const RESOURCE_OPERATIONS: Record<string, ResourceOperations> = {
  profilePreferences: profilePreferenceOperations,
  profileConsents: profileConsentOperations,
  profileHistory: profileHistoryOperations,
  profileDocuments: profileTravelDocumentOperations,
  profileUpkeep: profileUpkeepOperations,
  reminders: reminderOperations,
  reminderCounts: reminderCountOperations,
  segmentCounts: segmentCountOperations,
  roles: roleOperations,
  accountTravellers: accountTravellerOperations,
  profileCorporate: profileCorporateOperations,
};

/**
 * ra-data-graphql's buildQuery: picks the hand-written document for a react-admin fetch type and resource.
 * Scopes are read per call because they change when another staff member signs in.
 */
export const createBuildQuery =
  (readScopes: () => readonly string[], resourceOperations: Record<string, ResourceOperations>) =>
  (fetchType: string, resource: string, params: unknown): GraphQLRequest => {
    const operation = (resourceOperations[resource] ?? RESOURCE_OPERATIONS[resource])?.[fetchType as FetchType];
    if (!operation) throw new DataProviderError(`${resource} does not support ${fetchType}`, 400);
    return operation(params, { scopes: readScopes() });
  };
