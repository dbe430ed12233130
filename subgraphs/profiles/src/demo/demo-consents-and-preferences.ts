import { uuid7 } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ConsentChannel, ConsentPurpose, ConsentRecord, LegalBasis } from '../consent/consent-record.entity';
import { PreferenceCategory, PreferenceStance, SPECIAL_CATEGORIES, TravelContext, TravelPreference } from '../preferences/travel-preference.entity';

const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)];
const DEMO_RECORDER = 'demo-seed';

const consentRecord = (profile: Profile, purpose: ConsentPurpose, legalBasis: LegalBasis, channel: ConsentChannel, noticeVersion = '2025-06'): ConsentRecord =>
  Object.assign(new ConsentRecord(), {
    id: uuid7(profile.createdAt.getTime()),
    profileId: profile.id,
    purpose,
    granted: true,
    legalBasis,
    noticeVersion,
    recordedBy: DEMO_RECORDER,
    recordedAt: profile.createdAt,
    channel,
    withdrawnAt: null,
    withdrawnBy: null,
  });

/** Every demo traveller has the lawful basis for storing the profile; some agreed to marketing or to special-category data. */
export function demoConsents(profile: Profile, random: () => number): ConsentRecord[] {
  const record = (purpose: ConsentPurpose, legalBasis: LegalBasis, channel: ConsentChannel) => consentRecord(profile, purpose, legalBasis, channel);
  const channel = pick(random, [ConsentChannel.IN_PERSON, ConsentChannel.PHONE, ConsentChannel.WEB, ConsentChannel.EMAIL]);
  const consents = [record(ConsentPurpose.PROFILE_STORAGE, LegalBasis.CONTRACT, channel)];
  if (random() < 0.4) consents.push(record(ConsentPurpose.MARKETING_EMAIL, LegalBasis.CONSENT, channel));
  if (random() < 0.15) consents.push(record(ConsentPurpose.MARKETING_SMS, LegalBasis.CONSENT, channel));
  if (random() < 0.08) consents.push(record(ConsentPurpose.SPECIAL_CATEGORY, LegalBasis.EXPLICIT_CONSENT, channel));
  return consents;
}

/** Agreement to the terms of the demo loyalty scheme (loyalty's demo-scheme.ts), for a traveller loyalty's demo enrols. */
export const demoSchemeConsent = (profile: Profile): ConsentRecord =>
  consentRecord(profile, ConsentPurpose.LOYALTY_SCHEME, LegalBasis.CONSENT, ConsentChannel.WEB, 'scheme-2025-01');

const ORDINARY: [PreferenceCategory, readonly string[]][] = [
  [PreferenceCategory.SEATING, ['AISLE', 'WINDOW', 'EXIT_ROW']],
  [PreferenceCategory.AIRLINE, ['BA', 'LH', 'AF', 'KL', 'EK', 'SQ']],
  [PreferenceCategory.DEPARTURE_AIRPORT, ['LHR', 'MAN', 'LGW', 'FRA', 'DUB', 'BHX']],
  [PreferenceCategory.CABIN_CLASS, ['ECONOMY', 'PREMIUM_ECONOMY', 'BUSINESS']],
  [PreferenceCategory.HOTEL_CHAIN, ['HI', 'HH', 'MC', 'WI']],
  [PreferenceCategory.SUSTAINABILITY, ['RAIL_WHERE_POSSIBLE', 'LOWEST_CO2']],
];
const SPECIAL: [PreferenceCategory, readonly string[]][] = [
  [PreferenceCategory.MEAL, ['VGML', 'GFML', 'KSML', 'MOML', 'DBML']],
  [PreferenceCategory.MOBILITY, ['WCHR', 'WCHS']],
];

/** A few preferences for about half the travellers; special-category ones only where the consent for them was seeded. */
export function demoPreferences(profile: Profile, consents: ConsentRecord[], random: () => number): TravelPreference[] {
  const specialConsent = consents.some((consent) => consent.purpose === ConsentPurpose.SPECIAL_CATEGORY);
  const chosen: [PreferenceCategory, string][] = [];
  if (random() < 0.5) {
    for (const [category, values] of ORDINARY) if (random() < 0.4) chosen.push([category, pick(random, values)]);
  }
  if (specialConsent) {
    const [category, values] = pick(random, SPECIAL);
    chosen.push([category, pick(random, values)]);
  }
  return chosen.map(([category, value], position) =>
    Object.assign(new TravelPreference(), {
      id: uuid7(profile.createdAt.getTime()),
      profileId: profile.id,
      category,
      value,
      stance: PreferenceStance.PREFERRED,
      context: pick(random, [TravelContext.ANY, TravelContext.ANY, TravelContext.BUSINESS, TravelContext.LEISURE]),
      notes: null,
      special: SPECIAL_CATEGORIES.has(category),
      position,
      createdAt: profile.createdAt,
    }),
  );
}
