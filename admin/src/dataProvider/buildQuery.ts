import { auditEventOperations } from '../auditEvents/auditEvents.operations';
import { duplicateCandidateOperations } from '../duplicates/duplicates.operations';
import { partnerClientOperations } from '../partnerClients/partnerClients.operations';
import { profileOperations } from '../profiles/profiles.operations';
import { profileConsentOperations, profilePreferenceOperations } from '../profiles/preferences.operations';
import { profileHistoryOperations } from '../profileHistory/profileHistory.operations';
import { offerCatalogueOperations } from '../offerCatalogue/offerCatalogue.operations';
import { profileTravelDocumentOperations } from '../profiles/travelDocuments/travelDocuments.operations';
import { profileUpkeepOperations, reminderCountOperations, reminderOperations, segmentCountOperations } from '../profileUpkeep/profileUpkeep.operations';
import { roleOperations, staffOperations } from '../staff/staff.operations';
import {
  accountTravellerOperations,
  corporateAccountOperations,
  profileCorporateOperations,
  travelPolicyOperations,
} from '../corporateAccounts/corporateAccounts.operations';
import { DataProviderError, type FetchType, type GraphQLRequest, type ResourceOperations } from './graphqlRequest';

export const RESOURCE_OPERATIONS: Record<string, ResourceOperations> = {
  profiles: profileOperations,
  profilePreferences: profilePreferenceOperations,
  profileConsents: profileConsentOperations,
  profileHistory: profileHistoryOperations,
  offerCatalogue: offerCatalogueOperations,
  profileDocuments: profileTravelDocumentOperations,
  profileUpkeep: profileUpkeepOperations,
  reminders: reminderOperations,
  reminderCounts: reminderCountOperations,
  segmentCounts: segmentCountOperations,
  staff: staffOperations,
  roles: roleOperations,
  partnerClients: partnerClientOperations,
  auditEvents: auditEventOperations,
  duplicateCandidates: duplicateCandidateOperations,
  corporateAccounts: corporateAccountOperations,
  travelPolicies: travelPolicyOperations,
  accountTravellers: accountTravellerOperations,
  profileCorporate: profileCorporateOperations,
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
