import { EntityManager, In, IsNull } from 'typeorm';
import { ValidationFailedError } from '@wayfarer/kit';
import { ConsentPurpose, ConsentRecord, LegalBasis } from './consent-record.entity';
import type { SchemeConsentState } from './scheme-consent.types';

/** GDPR Art. 9(2)(a) and (c): what lets special-category preferences be stored. */
export const SPECIAL_CATEGORY_BASES: ReadonlySet<LegalBasis> = new Set([LegalBasis.EXPLICIT_CONSENT, LegalBasis.VITAL_INTERESTS]);

export const allowsSpecialCategory = (record: ConsentRecord): boolean =>
  record.active && record.purpose === ConsentPurpose.SPECIAL_CATEGORY && SPECIAL_CATEGORY_BASES.has(record.legalBasis);

/** Special-category data (needs, diet, the special-needs flag) is stored only while the traveller's consent for it is in force. */
export async function assertSpecialCategoryConsent(manager: EntityManager, profileId: string, field: string): Promise<void> {
  const consents = await manager.getRepository(ConsentRecord).count({
    where: { profileId, purpose: ConsentPurpose.SPECIAL_CATEGORY, granted: true, withdrawnAt: IsNull(), legalBasis: In([...SPECIAL_CATEGORY_BASES]) },
  });
  if (consents === 0) {
    throw ValidationFailedError.single(
      field,
      'consentRequired',
      'cannot be stored without the traveller’s active SPECIAL_CATEGORY consent (explicit consent or vital interests)',
    );
  }
}

/** Direct marketing by electronic means needs the traveller's consent (PECR / ePrivacy); so does joining the loyalty scheme. */
const MARKETING_BASES: ReadonlySet<LegalBasis> = new Set([LegalBasis.CONSENT, LegalBasis.EXPLICIT_CONSENT]);

/** The traveller agreed to the loyalty scheme's terms and has not withdrawn or replaced that agreement. */
export const allowsLoyaltyScheme = (record: ConsentRecord): boolean =>
  record.active && record.purpose === ConsentPurpose.LOYALTY_SCHEME && MARKETING_BASES.has(record.legalBasis);

/** One state per traveller asked about, in the order asked; an unknown traveller has none in force. */
export async function schemeConsentStates(manager: EntityManager, profileIds: readonly string[]): Promise<SchemeConsentState[]> {
  const records = profileIds.length
    ? await manager
        .getRepository(ConsentRecord)
        .find({ where: { profileId: In([...profileIds]), purpose: ConsentPurpose.LOYALTY_SCHEME, withdrawnAt: IsNull() } })
    : [];
  return profileIds.map((profileId) => ({ profileId, inForce: records.some((record) => record.profileId === profileId && allowsLoyaltyScheme(record)) }));
}

/** The channel a marketing purpose lets campaigns use. */
export const MARKETING_CHANNELS: Partial<Record<ConsentPurpose, string>> = {
  [ConsentPurpose.MARKETING_EMAIL]: 'EMAIL',
  [ConsentPurpose.MARKETING_SMS]: 'SMS',
  [ConsentPurpose.MARKETING_PHONE]: 'PHONE',
};

export function assertBasisFits(purpose: ConsentPurpose, legalBasis: LegalBasis, granted: boolean, field = 'input.legalBasis'): void {
  if (!granted) {
    if (!MARKETING_BASES.has(legalBasis))
      throw ValidationFailedError.single(field, 'refusalIsConsent', 'a refusal is recorded with CONSENT or EXPLICIT_CONSENT');
    return;
  }
  if (purpose === ConsentPurpose.SPECIAL_CATEGORY && !SPECIAL_CATEGORY_BASES.has(legalBasis)) {
    throw ValidationFailedError.single(field, 'specialCategoryBasis', 'special-category data needs EXPLICIT_CONSENT or VITAL_INTERESTS (GDPR Art. 9)');
  }
  if (MARKETING_CHANNELS[purpose] && !MARKETING_BASES.has(legalBasis)) {
    throw ValidationFailedError.single(field, 'marketingBasis', 'marketing needs the traveller’s CONSENT or EXPLICIT_CONSENT');
  }
  if (purpose === ConsentPurpose.LOYALTY_SCHEME && !MARKETING_BASES.has(legalBasis)) {
    throw ValidationFailedError.single(field, 'schemeBasis', 'the loyalty scheme’s terms need the traveller’s CONSENT or EXPLICIT_CONSENT');
  }
}
