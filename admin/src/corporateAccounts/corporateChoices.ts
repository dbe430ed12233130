import { choices } from '../lists/choices';

/** Choice lists whose labels live in en.ts under resources.corporateAccounts / resources.travelPolicies. */

export const accountStatusChoices = choices('resources.corporateAccounts.status', ['ACTIVE', 'ARCHIVED']);
export const contactRoleChoices = choices('resources.corporateAccounts.contactRole', ['TRAVEL_MANAGER', 'TRAVEL_ARRANGER']);
export const travellerTypeChoices = choices('resources.corporateAccounts.travellerType', ['EMPLOYEE', 'GUEST', 'CONTRACTOR']);
export const policyScopeChoices = choices('resources.travelPolicies.scope', ['ACCOUNT', 'DEPARTMENT', 'GRADE']);
export const cabinChoices = choices('resources.travelPolicies.cabin', ['ECONOMY', 'PREMIUM_ECONOMY', 'BUSINESS', 'FIRST']);
export const railClassChoices = choices('resources.travelPolicies.railClass', ['STANDARD', 'FIRST']);
export const approvalChoices = choices('resources.travelPolicies.approval', ['NONE', 'SOFT', 'HARD']);
