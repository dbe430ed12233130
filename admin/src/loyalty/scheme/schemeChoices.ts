import type { LoyaltyLedgerEntryKind, LoyaltyMemberStatus, LoyaltyProductType } from '../../graphql/generated';
import { choices } from '../../lists/choices';

export const entryKindChoices = choices<LoyaltyLedgerEntryKind>('resources.loyaltyMembers.kind', ['EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'REVERSE']);
export const memberStatusChoices = choices<LoyaltyMemberStatus>('resources.loyaltyMembers.status', ['ACTIVE', 'CLOSED']);
export const productTypeChoices = choices<LoyaltyProductType>('resources.loyaltyMembers.productType', [
  'FLIGHT',
  'HOTEL',
  'CAR',
  'RAIL',
  'PACKAGE',
  'CRUISE',
  'TOUR',
  'INSURANCE',
]);
