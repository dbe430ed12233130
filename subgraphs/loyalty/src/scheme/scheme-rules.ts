import { ValidationFailedError } from '@wayfarer/kit';
import { LoyaltyProductType, LoyaltySchemeRules, LoyaltySchemeTier } from './scheme-rules.types';

// Pure scheme logic: no database, no GraphQL; services feed it versions, balances and dates.

export interface SchemeVersionNode {
  id: string;
  effectiveFrom: string;
  rules: LoyaltySchemeRules;
}

/** The version in force on a date: the latest that began on or before it. */
export function versionOn<V extends SchemeVersionNode>(versions: readonly V[], date: string): V | null {
  let found: V | null = null;
  for (const version of versions) if (version.effectiveFrom <= date && (!found || version.effectiveFrom > found.effectiveFrom)) found = version;
  return found;
}

const asDate = (date: string) => new Date(`${date}T00:00:00Z`);
const isoDate = (day: Date) => day.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const day = asDate(date);
  day.setUTCDate(day.getUTCDate() + days);
  return isoDate(day);
}

/** The same day `months` later, or the month's last day when it has no such day (31 January + 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const day = asDate(date);
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day.getUTCDate(), lastDay));
  return isoDate(target);
}

export const daysBetween = (from: string, to: string): number => Math.round((asDate(to).getTime() - asDate(from).getTime()) / 86_400_000);

/** YYYY-MM of a date: the qualifying month it counts in. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The first month of the rolling 12-month qualifying window ending in the month of `on`. */
export const windowStartMonth = (on: string): string => monthOf(addMonths(`${monthOf(on)}-01`, -11));

/** Refuses rules that cannot be applied one way: two rates for one product and currency, tiers out of order, bonuses that add nothing. */
export function assertRulesConsistent(rules: LoyaltySchemeRules): void {
  const rates = new Set<string>();
  rules.earningRules.forEach((rule, index) => {
    const key = `${rule.productType}|${rule.currency.toUpperCase()}`;
    if (rates.has(key))
      throw ValidationFailedError.single(`input.rules.earningRules.${index}`, 'unique', `${rule.productType} in ${rule.currency} has two rates`);
    rates.add(key);
  });
  rules.bonusRules.forEach((bonus, index) => {
    if (!bonus.multiplier && !bonus.extraPoints)
      throw ValidationFailedError.single(`input.rules.bonusRules.${index}.multiplier`, 'multiplierOrExtraPoints', 'give a multiplier, extra points or both');
    if (bonus.from && bonus.to && bonus.to < bonus.from)
      throw ValidationFailedError.single(`input.rules.bonusRules.${index}.to`, 'notBeforeFrom', 'must not be before `from`');
  });
  const codes = new Set<string>();
  rules.tiers.forEach((tier, index) => {
    if (codes.has(tier.code)) throw ValidationFailedError.single(`input.rules.tiers.${index}.code`, 'unique', `${tier.code} is used twice`);
    codes.add(tier.code);
    if (index === 0 && tier.qualifyingPoints !== 0)
      throw ValidationFailedError.single('input.rules.tiers.0.qualifyingPoints', 'entryTier', 'the first tier is where members start: 0 points');
    if (index > 0 && tier.qualifyingPoints <= rules.tiers[index - 1].qualifyingPoints)
      throw ValidationFailedError.single(
        `input.rules.tiers.${index}.qualifyingPoints`,
        'ascending',
        'each tier needs more qualifying points than the one below',
      );
  });
}

export interface EarnFacts {
  productType: LoyaltyProductType;
  currency: string;
  amount: number;
  bookedOn: string;
  segments: readonly string[];
}

/**
 * Base points (amount × rate, rounded down) times every applicable bonus multiplier, plus every
 * applicable bonus's extra points; null when no earning rule covers the product in that currency.
 */
export function pointsFor(rules: LoyaltySchemeRules, facts: EarnFacts): number | null {
  const rate = rules.earningRules.find((rule) => rule.productType === facts.productType && rule.currency.toUpperCase() === facts.currency);
  if (!rate) return null;
  const applicable = rules.bonusRules.filter(
    (bonus) =>
      (!bonus.segment || facts.segments.includes(bonus.segment)) &&
      (!bonus.productTypes?.length || bonus.productTypes.includes(facts.productType)) &&
      (!bonus.from || bonus.from <= facts.bookedOn) &&
      (!bonus.to || facts.bookedOn <= bonus.to),
  );
  // In hundredths, so 0.1 × 3 does not round down to 0.29999.
  const base = Math.floor((Math.round(facts.amount * 100) * Math.round(rate.pointsPerUnit * 10_000)) / 1_000_000);
  const multiplier = applicable.reduce((product, bonus) => product * (bonus.multiplier ?? 1), 1);
  return Math.floor(base * multiplier) + applicable.reduce((sum, bonus) => sum + (bonus.extraPoints ?? 0), 0);
}

export interface Qualifying {
  points: number;
  trips: number;
}

export interface TierState {
  tierCode: string;
  tierAchievedOn: string;
  tierPeriodEndsOn: string;
  tierReviewOn: string;
}

const reaches = (tier: LoyaltySchemeTier, qualifying: Qualifying) =>
  qualifying.points >= tier.qualifyingPoints || (tier.qualifyingTrips != null && qualifying.trips >= tier.qualifyingTrips);

/** The highest tier the qualifying totals reach (the entry tier at least). */
export function qualifiedTierIndex(tiers: readonly LoyaltySchemeTier[], qualifying: Qualifying): number {
  for (let index = tiers.length - 1; index > 0; index--) if (reaches(tiers[index], qualifying)) return index;
  return 0;
}

/** A new tier period from `on`, reviewed when it ends plus grace. */
export function newPeriod(rules: LoyaltySchemeRules, tierCode: string, on: string): TierState {
  const tierPeriodEndsOn = addMonths(on, 12);
  return { tierCode, tierAchievedOn: on, tierPeriodEndsOn, tierReviewOn: addDays(tierPeriodEndsOn, rules.gracePeriodDays) };
}

export type TierCause = 'QUALIFIED' | 'RETAINED' | 'NOT_RETAINED';

/**
 * A member's tier after a review on `on`. Reaching a higher tier moves the member up at once,
 * with a new 12-month period. When the period (plus grace) is over, the member keeps the tier if
 * the window's qualifying points meet its retention threshold (or still reach it), for another
 * period from the old one's end; otherwise they drop to the tier they reach. Otherwise nothing
 * changes, and the review waits for the period's end.
 */
export function reviewTier(rules: LoyaltySchemeRules, member: TierState, qualifying: Qualifying, on: string): { state: TierState; cause: TierCause | null } {
  const tiers = rules.tiers;
  const qualified = qualifiedTierIndex(tiers, qualifying);
  const currentIndex = tiers.findIndex((tier) => tier.code === member.tierCode);
  const current = currentIndex < 0 ? 0 : currentIndex;
  if (qualified > current || currentIndex < 0) return { state: newPeriod(rules, tiers[qualified].code, on), cause: 'QUALIFIED' };
  const reviewOn = addDays(member.tierPeriodEndsOn, rules.gracePeriodDays);
  if (reviewOn > on) return { state: { ...member, tierReviewOn: reviewOn }, cause: null };
  if (qualified === current || qualifying.points >= tiers[current].retentionPoints) {
    const renewed = addMonths(member.tierPeriodEndsOn, 12);
    const tierPeriodEndsOn = renewed > on ? renewed : addMonths(on, 12);
    return {
      state: { ...member, tierPeriodEndsOn, tierReviewOn: addDays(tierPeriodEndsOn, rules.gracePeriodDays) },
      cause: current > 0 ? 'RETAINED' : null,
    };
  }
  return { state: newPeriod(rules, tiers[qualified].code, on), cause: 'NOT_RETAINED' };
}
