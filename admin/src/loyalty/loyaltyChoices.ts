import type { Alliance, CheckDigitRule, LoyaltyReminderKind, MembershipContext, MembershipStatus, SupplierSector } from '../graphql/generated';
import { choices } from '../lists/choices';

export const sectorChoices = choices<SupplierSector>('resources.supplierProgrammes.sector', ['AIR', 'HOTEL', 'CAR', 'RAIL']);
export const allianceChoices = choices<Alliance>('resources.supplierProgrammes.alliance', ['STAR_ALLIANCE', 'ONEWORLD', 'SKYTEAM']);
export const checkDigitChoices = choices<CheckDigitRule>('resources.supplierProgrammes.checkDigit', ['NONE', 'LUHN', 'MOD7', 'MOD10']);
export const membershipContextChoices = choices<MembershipContext>('resources.supplierMemberships.context', ['BUSINESS', 'LEISURE']);
export const membershipStatusChoices = choices<MembershipStatus>('resources.supplierMemberships.status', ['ACTIVE', 'SUSPENDED', 'CLOSED']);
/** An update may suspend or reactivate; closing is its own action. */
export const editableStatusChoices = membershipStatusChoices.filter((choice) => choice.id !== 'CLOSED');
export const LOYALTY_REMINDER_KINDS: readonly LoyaltyReminderKind[] = ['TIER_EXPIRING', 'TIER_EXPIRED', 'MEMBERSHIP_EXPIRING', 'MEMBERSHIP_EXPIRED'];
