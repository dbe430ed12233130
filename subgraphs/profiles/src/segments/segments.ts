import { Profile, ProfileStatus } from '../profile/profile.entity';
import { PreferenceCategory, TravelContext } from '../preferences/travel-preference.entity';
import { regionOf } from './regions';
import { LoyaltyMemberStanding } from '../loyalty-tiers/profile-loyalty-tier.entity';

export const VIP_SEGMENT = 'vip';
/** Reveals health needs: only for profiles.special:read. */
export const SPECIAL_NEEDS_SEGMENT = 'special-needs';

const AGE_BANDS: [from: number, to: number | null][] = [
  [0, 17],
  [18, 24],
  [25, 34],
  [35, 44],
  [45, 54],
  [55, 64],
  [65, null],
];
/** Every active member of our loyalty scheme, whatever their tier. */
export const LOYALTY_MEMBER_SEGMENT = 'loyalty:member';
/** `loyalty:gold` for tier GOLD: segment names are lower-case, with hyphens. */
export const loyaltyTierSegment = (tierCode: string): string => `loyalty:${tierCode.toLowerCase().replace(/_/g, '-')}`;

export const AGE_SEGMENTS = AGE_BANDS.map(([from, to]) => `age:${to === null ? `${from}+` : `${from}-${to}`}`);

/** Preferences that say the traveller needs assistance, beyond the flag staff set. */
const NEEDS_CATEGORIES = new Set<string>([PreferenceCategory.MOBILITY, PreferenceCategory.VISUAL_HEARING]);

export interface DerivedSegment {
  segment: string;
  validUntil: string | null;
}

export interface SegmentSources {
  profile: Profile;
  preferences: { category: string; context: string }[];
  /** The traveller's membership of our loyalty scheme, as loyalty reported it. */
  loyalty?: { memberStatus: LoyaltyMemberStanding; tierCode: string } | null;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function birthday(dateOfBirth: string, age: number): string {
  const [year, month, day] = dateOfBirth.split('-').map(Number);
  return isoDate(new Date(Date.UTC(year + age, month - 1, day)));
}

function ageBand(dateOfBirth: string, today: string): DerivedSegment {
  const [year, month, day] = dateOfBirth.split('-').map(Number);
  const [thisYear, thisMonth, thisDay] = today.split('-').map(Number);
  const age = thisYear - year - (thisMonth < month || (thisMonth === month && thisDay < day) ? 1 : 0);
  const index = AGE_BANDS.findIndex(([, to]) => to === null || age <= to);
  const next = AGE_BANDS[index + 1];
  const validUntil = next ? isoDate(new Date(Date.parse(birthday(dateOfBirth, next[0])) - 86_400_000)) : null;
  return { segment: AGE_SEGMENTS[index], validUntil };
}

/** Every segment the traveller is in today; none once the profile is no longer active. */
export function deriveSegments({ profile, preferences, loyalty }: SegmentSources, today: string): DerivedSegment[] {
  if (profile.status !== ProfileStatus.ACTIVE) return [];
  const segments: DerivedSegment[] = [];
  const add = (segment: string) => segments.push({ segment, validUntil: null });
  const address = profile.addresses.find((candidate) => candidate.isDefault);
  const region = address && regionOf(address.countryCode);
  if (region) add(`region:${region}`);
  if (profile.dateOfBirth) segments.push(ageBand(profile.dateOfBirth, today));
  const contexts = new Set(preferences.map((preference) => preference.context).filter((context) => context !== TravelContext.ANY));
  if (contexts.size === 0 && profile.department) contexts.add(TravelContext.BUSINESS);
  for (const context of [...contexts].sort()) add(`context:${context.toLowerCase()}`);
  if (profile.vip) add(VIP_SEGMENT);
  if (profile.specialNeeds || preferences.some((preference) => NEEDS_CATEGORIES.has(preference.category))) add(SPECIAL_NEEDS_SEGMENT);
  if (loyalty?.memberStatus === LoyaltyMemberStanding.ACTIVE) {
    add(LOYALTY_MEMBER_SEGMENT);
    add(loyaltyTierSegment(loyalty.tierCode));
  }
  return segments;
}
