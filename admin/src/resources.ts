import type { DataProvider } from 'react-admin';
import type { CommandsOf, ConsoleResource } from './consoleResource';
import { auditEvents } from './auditEvents';
import { corporateAccounts, travelPolicies } from './corporateAccounts';
import { offerCatalogue } from './offerCatalogue';
import { partnerClients } from './partnerClients';
import { duplicateCandidates, profiles } from './profiles';
import { staff } from './staff';
import { loyaltyMembers, loyaltyRewards, loyaltyScheme, supplierProgrammes } from './loyalty';
import { campaigns, complaints, feedbacks, interactions, myWork } from './communications';
// new-subgraph: `npm run new-subgraph` imports its resource above this line.

/** Every resource of the console, in menu order; App registers those the staff member's scopes allow. */
export const CONSOLE_RESOURCES = [
  profiles,
  staff,
  partnerClients,
  offerCatalogue,
  corporateAccounts,
  travelPolicies,
  duplicateCandidates,
  auditEvents,
  supplierProgrammes,
  loyaltyScheme,
  loyaltyRewards,
  loyaltyMembers,
  myWork,
  interactions,
  complaints,
  feedbacks,
  campaigns,
  // new-subgraph: `npm run new-subgraph` adds its resource above this line.
] as const satisfies readonly ConsoleResource[];

/** What the console's pages get from `useDataProvider<WayfarerDataProvider>()`: react-admin's methods and every resource's commands. */
export type WayfarerDataProvider = DataProvider & CommandsOf<typeof CONSOLE_RESOURCES>;
