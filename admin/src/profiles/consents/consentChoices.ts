import type { ConsentChannel, ConsentPurpose, LegalBasis } from '../../graphql/generated';
import { choices } from '../../lists/choices';

export const purposeChoices = choices<ConsentPurpose>('resources.profileConsents.purpose', [
  'PROFILE_STORAGE',
  'MARKETING_EMAIL',
  'MARKETING_SMS',
  'MARKETING_PHONE',
  'CALL_RECORDING',
  'PARTNER_SHARING',
  'CROSS_BORDER_TRANSFER',
  'SPECIAL_CATEGORY',
  'LOYALTY_SCHEME',
]);
export const legalBasisChoices = choices<LegalBasis>('resources.profileConsents.legalBasis', [
  'CONSENT',
  'EXPLICIT_CONSENT',
  'CONTRACT',
  'LEGAL_OBLIGATION',
  'VITAL_INTERESTS',
  'PUBLIC_TASK',
  'LEGITIMATE_INTERESTS',
]);
export const channelChoices = choices<ConsentChannel>('resources.profileConsents.channel', ['IN_PERSON', 'PHONE', 'EMAIL', 'WEB', 'PAPER', 'PARTNER']);

/** The privacy notice staff are asked about by default; they change it when the traveller saw another. */
export const CURRENT_NOTICE_VERSION = '2026-01';
