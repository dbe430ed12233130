import type { ConsoleResource } from './consoleResource';
import { auditEvents } from './auditEvents';
import { corporateAccounts, travelPolicies } from './corporateAccounts';
import { duplicateCandidates } from './profiles/duplicates';
import { offerCatalogue } from './offerCatalogue';
import { partnerClients } from './partnerClients';
import { profiles } from './profiles';
import { staff } from './staff';
// new-subgraph: `npm run new-subgraph` imports its resource above this line.

/** Every resource of the console, in menu order; App registers those the staff member's scopes allow. */
export const CONSOLE_RESOURCES: readonly ConsoleResource[] = [
  profiles,
  staff,
  partnerClients,
  offerCatalogue,
  corporateAccounts,
  travelPolicies,
  duplicateCandidates,
  auditEvents,
  // new-subgraph: `npm run new-subgraph` adds its resource above this line.
];

/** What the data provider sends for each resource, by resource name. */
export const resourceOperations = (resources: readonly ConsoleResource[]) =>
  Object.fromEntries(resources.map((resource) => [resource.name, resource.operations]));
