import { ValidationFailedError } from '@wayfarer/kit';
import { ConsentPurpose, LegalBasis } from './consent-record.entity';

/** GDPR Art. 9(2)(a) and (c): what lets special-category preferences be stored. */
export const SPECIAL_CATEGORY_BASES: ReadonlySet<LegalBasis> = new Set([LegalBasis.EXPLICIT_CONSENT, LegalBasis.VITAL_INTERESTS]);

/** Direct marketing by electronic means needs the traveller's consent (PECR / ePrivacy). */
const MARKETING_BASES: ReadonlySet<LegalBasis> = new Set([LegalBasis.CONSENT, LegalBasis.EXPLICIT_CONSENT]);

/** The channel a marketing purpose lets campaigns use. */
export const MARKETING_CHANNELS: Partial<Record<ConsentPurpose, string>> = {
  [ConsentPurpose.MARKETING_EMAIL]: 'EMAIL',
  [ConsentPurpose.MARKETING_SMS]: 'SMS',
  [ConsentPurpose.MARKETING_PHONE]: 'PHONE',
};

export function assertBasisFits(purpose: ConsentPurpose, legalBasis: LegalBasis, granted: boolean, field = 'input.legalBasis'): void {
  if (!granted) {
    if (!MARKETING_BASES.has(legalBasis)) throw ValidationFailedError.single(field, 'refusalIsConsent', 'a refusal is recorded with CONSENT or EXPLICIT_CONSENT');
    return;
  }
  if (purpose === ConsentPurpose.SPECIAL_CATEGORY && !SPECIAL_CATEGORY_BASES.has(legalBasis)) {
    throw ValidationFailedError.single(field, 'specialCategoryBasis', 'special-category data needs EXPLICIT_CONSENT or VITAL_INTERESTS (GDPR Art. 9)');
  }
  if (MARKETING_CHANNELS[purpose] && !MARKETING_BASES.has(legalBasis)) {
    throw ValidationFailedError.single(field, 'marketingBasis', 'marketing needs the traveller’s CONSENT or EXPLICIT_CONSENT');
  }
}

