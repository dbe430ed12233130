import { ValidationFailedError } from '@wayfarer/kit';
import { ApprovalLevel, CABIN_ORDER, CabinClass, CabinRule, HotelCap, PolicyRules, RailClass } from './policy-rules.types';
import { PolicyScope } from './policy-scope';

// Pure policy logic: no database, no GraphQL; services feed it rows and dates.

export interface VersionNode {
  id: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  rules: PolicyRules;
}

export interface PolicyNode {
  id: string;
  parentId: string | null;
  appliesTo: PolicyScope;
  departmentCode: string | null;
  grade: string | null;
  versions: VersionNode[];
}

export enum PolicyRule {
  CABIN_CLASS = 'CABIN_CLASS',
  RAIL_CLASS = 'RAIL_CLASS',
  HOTEL_CAP = 'HOTEL_CAP',
  CAR_CLASS = 'CAR_CLASS',
  AIRLINES = 'AIRLINES',
  HOTEL_CHAINS = 'HOTEL_CHAINS',
  CAR_HIRE_FIRMS = 'CAR_HIRE_FIRMS',
  ADVANCE_BOOKING = 'ADVANCE_BOOKING',
  LOWER_CARBON = 'LOWER_CARBON',
}

export enum ComplianceOutcome {
  IN_POLICY = 'IN_POLICY',
  OUT_OF_POLICY = 'OUT_OF_POLICY',
  AT_OWN_COST = 'AT_OWN_COST',
}

export interface Finding {
  rule: PolicyRule;
  outcome: ComplianceOutcome;
  reason: string;
}

export interface Preference {
  category: string;
  value: string;
  stance: string;
  context: string;
}

export interface PreferenceFinding extends Finding {
  preference: Preference;
}

const RULE_KEYS: (keyof PolicyRules)[] = [
  'cabinByDuration',
  'railClass',
  'hotelCaps',
  'carClasses',
  'preferredAirlines',
  'blockedAirlines',
  'preferredHotelChains',
  'blockedHotelChains',
  'preferredCarHireFirms',
  'blockedCarHireFirms',
  'advanceBookingDays',
  'approval',
  'approvers',
  'railBelowKm',
  'personalPreferencesAtOwnCost',
];

/** The day before an ISO date. */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** The version in force on `date`. */
export function versionOn(versions: VersionNode[], date: string): VersionNode | null {
  return versions.find((version) => version.effectiveFrom <= date && (version.effectiveTo === null || version.effectiveTo >= date)) ?? null;
}

/**
 * A new version starts after every existing one started; the open one ends the day before.
 * Anything else would overlap a version people may already have booked against.
 */
export function assertNewVersionFits(versions: VersionNode[], effectiveFrom: string, field = 'input.effectiveFrom'): void {
  const latest = versions.reduce<VersionNode | null>((last, version) => (!last || version.effectiveFrom > last.effectiveFrom ? version : last), null);
  if (latest && effectiveFrom <= latest.effectiveFrom) {
    throw ValidationFailedError.single(field, 'noOverlap', `must be after ${latest.effectiveFrom}, when the latest version took effect`);
  }
  if (latest?.effectiveTo && effectiveFrom <= latest.effectiveTo) {
    throw ValidationFailedError.single(field, 'noOverlap', `must be after ${latest.effectiveTo}, when the latest version ends`);
  }
}

/** Root first; a cycle (which writes refuse) stops the walk rather than looping. */
export function chainOf(policies: PolicyNode[], policy: PolicyNode): PolicyNode[] {
  const byId = new Map(policies.map((node) => [node.id, node]));
  const chain: PolicyNode[] = [];
  const seen = new Set<string>();
  for (let node: PolicyNode | undefined = policy; node && !seen.has(node.id); node = node.parentId ? byId.get(node.parentId) : undefined) {
    seen.add(node.id);
    chain.unshift(node);
  }
  return chain;
}

/** Whether making `parentId` the parent of `policyId` would close a loop. */
export function wouldCycle(policies: PolicyNode[], policyId: string, parentId: string): boolean {
  const byId = new Map(policies.map((node) => [node.id, node]));
  const seen = new Set<string>();
  for (let id: string | null = parentId; id; id = byId.get(id)?.parentId ?? null) {
    if (id === policyId || seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/** The override's rules over the inherited ones; hotel caps replace only the same country and city. */
export function mergeRules(inherited: PolicyRules, override: PolicyRules): PolicyRules {
  const merged: PolicyRules = { ...inherited };
  for (const key of RULE_KEYS) {
    const value = override[key];
    if (value !== null && value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  if (override.hotelCaps && inherited.hotelCaps) {
    const place = (cap: HotelCap) => `${cap.countryCode}|${cap.city?.toLowerCase() ?? ''}`;
    const replaced = new Set(override.hotelCaps.map(place));
    merged.hotelCaps = [...inherited.hotelCaps.filter((cap) => !replaced.has(place(cap))), ...override.hotelCaps];
  }
  return merged;
}

/** The most specific policy for a traveller: their grade's override, else their department's, else the account's. */
export function selectPolicy(policies: PolicyNode[], traveller: { departmentCode: string | null; grade: string | null }): PolicyNode | null {
  const same = (a: string | null, b: string | null) => !!a && !!b && a.toUpperCase() === b.toUpperCase();
  return (
    policies.find((policy) => policy.appliesTo === PolicyScope.GRADE && same(policy.grade, traveller.grade)) ??
    policies.find((policy) => policy.appliesTo === PolicyScope.DEPARTMENT && same(policy.departmentCode, traveller.departmentCode)) ??
    policies.find((policy) => policy.appliesTo === PolicyScope.ACCOUNT) ??
    null
  );
}

/** The rules in force on `date` for `policy`, inherited along its chain; null when the policy itself has no version then. */
export function rulesOn(policies: PolicyNode[], policy: PolicyNode, date: string): PolicyRules | null {
  if (!versionOn(policy.versions, date)) return null;
  return chainOf(policies, policy).reduce<PolicyRules>((rules, node) => {
    const version = versionOn(node.versions, date);
    return version ? mergeRules(rules, version.rules) : rules;
  }, {});
}

/** The policy that governs a traveller's link and its rules in force on `date`; null when there is none then. */
export function governingRules<P extends PolicyNode>(
  policies: P[],
  traveller: { departmentCode: string | null; grade: string | null },
  date: string,
): { policy: P; rules: PolicyRules } | null {
  const policy = selectPolicy(policies, traveller) as P | null;
  const rules = policy && rulesOn(policies, policy, date);
  return policy && rules ? { policy, rules } : null;
}

export const isInPolicy = (findings: Finding[]): boolean => findings.every((finding) => finding.outcome !== ComplianceOutcome.OUT_OF_POLICY);

const cabinName = (cabin: string) => cabin.toLowerCase().replace('_', ' ');
const rank = (cabin: string) => CABIN_ORDER.indexOf(cabin as CabinClass);

/** The highest cabin for a flight of `hours`: the band with the largest minimum not above it. */
export function cabinAllowed(bands: CabinRule[], hours: number): CabinClass | null {
  const band = [...bands].sort((a, b) => b.minHours - a.minHours).find((rule) => hours >= rule.minHours);
  return band?.cabin ?? null;
}

/** A cap for the city if there is one, else for the country. */
export function hotelCapFor(caps: HotelCap[], countryCode: string, city?: string | null): HotelCap | null {
  const inCountry = caps.filter((cap) => cap.countryCode === countryCode.toUpperCase());
  return inCountry.find((cap) => !!city && cap.city?.toLowerCase() === city.toLowerCase()) ?? inCountry.find((cap) => !cap.city) ?? null;
}

function outOfPolicy(rules: PolicyRules, rule: PolicyRule, reason: string, ownCostPossible = true): Finding {
  if (ownCostPossible && rules.personalPreferencesAtOwnCost) {
    return { rule, outcome: ComplianceOutcome.AT_OWN_COST, reason: `${reason}; the traveller may pay the difference` };
  }
  return { rule, outcome: ComplianceOutcome.OUT_OF_POLICY, reason };
}

const inPolicy = (rule: PolicyRule, reason: string): Finding => ({ rule, outcome: ComplianceOutcome.IN_POLICY, reason });

function supplierFinding(rules: PolicyRules, rule: PolicyRule, kind: string, code: string, preferred?: string[] | null, blocked?: string[] | null): Finding {
  if (blocked?.includes(code)) return outOfPolicy(rules, rule, `${kind} ${code} is blocked by the policy`, false);
  if (preferred?.includes(code)) return inPolicy(rule, `${kind} ${code} is a preferred supplier`);
  return inPolicy(rule, preferred?.length ? `${kind} ${code} is allowed but not a preferred supplier` : `${kind} ${code} is allowed`);
}

function judgeOne(rules: PolicyRules, preference: Preference): Finding | null {
  const value = preference.value.trim().toUpperCase();
  switch (preference.category) {
    case 'CABIN_CLASS': {
      if (!rules.cabinByDuration?.length || rank(value) < 0) return null;
      const bands = [...rules.cabinByDuration].sort((a, b) => a.minHours - b.minHours);
      const highest = bands.reduce((best, band) => (rank(band.cabin) > rank(best.cabin) ? band : best));
      if (rank(value) <= rank(bands[0].cabin) && bands[0].minHours === 0)
        return inPolicy(PolicyRule.CABIN_CLASS, `${cabinName(value)} is allowed on every flight`);
      const from = bands.find((band) => rank(band.cabin) >= rank(value));
      if (from) return inPolicy(PolicyRule.CABIN_CLASS, `${cabinName(value)} is allowed on flights of ${from.minHours} h or more`);
      return outOfPolicy(rules, PolicyRule.CABIN_CLASS, `the policy allows at most ${cabinName(highest.cabin)}, on flights of ${highest.minHours} h or more`);
    }
    case 'RAIL_CLASS': {
      if (!rules.railClass || value === RailClass.STANDARD) return rules.railClass ? inPolicy(PolicyRule.RAIL_CLASS, 'standard class is always allowed') : null;
      if (rules.railClass === RailClass.FIRST) return inPolicy(PolicyRule.RAIL_CLASS, 'first class is allowed');
      return outOfPolicy(rules, PolicyRule.RAIL_CLASS, 'the policy allows standard class only');
    }
    case 'AIRLINE':
      return supplierFinding(rules, PolicyRule.AIRLINES, 'airline', value, rules.preferredAirlines, rules.blockedAirlines);
    case 'HOTEL_CHAIN':
      return supplierFinding(rules, PolicyRule.HOTEL_CHAINS, 'hotel chain', value, rules.preferredHotelChains, rules.blockedHotelChains);
    case 'CAR_HIRE': {
      if (/^[A-Z]{4}$/.test(value)) {
        if (!rules.carClasses?.length) return null;
        if (rules.carClasses.includes(value[0])) return inPolicy(PolicyRule.CAR_CLASS, `car category ${value[0]} is allowed`);
        return outOfPolicy(rules, PolicyRule.CAR_CLASS, `car category ${value[0]} is not allowed (allowed: ${rules.carClasses.join(', ')})`);
      }
      return supplierFinding(rules, PolicyRule.CAR_HIRE_FIRMS, 'car hire firm', value, rules.preferredCarHireFirms, rules.blockedCarHireFirms);
    }
    case 'TRANSPORT_MODE': {
      if (value !== 'AIR' || !rules.railBelowKm) return null;
      if (preference.stance === 'REQUIRED')
        return outOfPolicy(rules, PolicyRule.LOWER_CARBON, `the policy sends journeys under ${rules.railBelowKm} km by rail`, false);
      return inPolicy(PolicyRule.LOWER_CARBON, `flying is allowed for journeys of ${rules.railBelowKm} km or more`);
    }
    default:
      return null;
  }
}

/**
 * Each business (or any-context) preference the traveller wants or needs, against the
 * rules; leisure preferences are the traveller's own business and avoided items restrict nothing.
 */
export function judgePreferences(rules: PolicyRules, preferences: Preference[]): PreferenceFinding[] {
  return preferences
    .filter((preference) => preference.context !== 'LEISURE' && preference.stance !== 'AVOIDED')
    .flatMap((preference) => {
      const finding = judgeOne(rules, preference);
      return finding ? [{ ...finding, preference }] : [];
    });
}

export interface Trip {
  departureDate: string;
  bookingDate: string;
  flightHours?: number | null;
  cabin?: CabinClass | null;
  airline?: string | null;
  distanceKm?: number | null;
  railClass?: RailClass | null;
  hotelCountryCode?: string | null;
  hotelCity?: string | null;
  hotelNightlyAmount?: number | null;
  hotelCurrency?: string | null;
  hotelChain?: string | null;
  carCode?: string | null;
  carHireFirm?: string | null;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** One proposed trip against the rules: a finding per rule that applies to it. */
export function checkTrip(rules: PolicyRules, trip: Trip): Finding[] {
  const findings: Finding[] = [];
  if (rules.advanceBookingDays) {
    const ahead = daysBetween(trip.bookingDate, trip.departureDate);
    findings.push(
      ahead >= rules.advanceBookingDays
        ? inPolicy(PolicyRule.ADVANCE_BOOKING, `booked ${ahead} days ahead`)
        : outOfPolicy(rules, PolicyRule.ADVANCE_BOOKING, `booked ${ahead} days ahead; the policy asks for ${rules.advanceBookingDays}`, false),
    );
  }
  const flying = trip.flightHours !== undefined && trip.flightHours !== null;
  if (flying && trip.cabin && rules.cabinByDuration?.length) {
    const allowed = cabinAllowed(rules.cabinByDuration, trip.flightHours!);
    findings.push(
      allowed && rank(trip.cabin) <= rank(allowed)
        ? inPolicy(PolicyRule.CABIN_CLASS, `${cabinName(trip.cabin)} is allowed on a ${trip.flightHours} h flight`)
        : outOfPolicy(rules, PolicyRule.CABIN_CLASS, `a ${trip.flightHours} h flight allows ${allowed ? `at most ${cabinName(allowed)}` : 'no cabin'}`),
    );
  }
  if (flying && trip.airline)
    findings.push(supplierFinding(rules, PolicyRule.AIRLINES, 'airline', trip.airline.toUpperCase(), rules.preferredAirlines, rules.blockedAirlines));
  if (flying && rules.railBelowKm && trip.distanceKm !== undefined && trip.distanceKm !== null) {
    findings.push(
      trip.distanceKm >= rules.railBelowKm
        ? inPolicy(PolicyRule.LOWER_CARBON, `${trip.distanceKm} km may be flown`)
        : outOfPolicy(rules, PolicyRule.LOWER_CARBON, `${trip.distanceKm} km is under ${rules.railBelowKm} km: go by rail`, false),
    );
  }
  if (trip.railClass && rules.railClass) {
    findings.push(
      trip.railClass === RailClass.FIRST && rules.railClass === RailClass.STANDARD
        ? outOfPolicy(rules, PolicyRule.RAIL_CLASS, 'the policy allows standard class only')
        : inPolicy(PolicyRule.RAIL_CLASS, `${trip.railClass.toLowerCase()} class is allowed`),
    );
  }
  if (trip.hotelCountryCode && trip.hotelNightlyAmount !== undefined && trip.hotelNightlyAmount !== null && rules.hotelCaps?.length) {
    const cap = hotelCapFor(rules.hotelCaps, trip.hotelCountryCode, trip.hotelCity);
    const where = cap?.city ? `${cap.city}, ${cap.countryCode}` : trip.hotelCountryCode.toUpperCase();
    if (!cap) findings.push(inPolicy(PolicyRule.HOTEL_CAP, `no nightly cap for ${where}`));
    else if (trip.hotelCurrency?.toUpperCase() !== cap.currency) {
      findings.push(
        outOfPolicy(rules, PolicyRule.HOTEL_CAP, `the cap for ${where} is in ${cap.currency}; price the room in ${cap.currency} to compare`, false),
      );
    } else {
      findings.push(
        trip.hotelNightlyAmount <= cap.amount
          ? inPolicy(
              PolicyRule.HOTEL_CAP,
              `${trip.hotelNightlyAmount.toFixed(2)} ${cap.currency} a night is within the ${cap.amount.toFixed(2)} cap for ${where}`,
            )
          : outOfPolicy(
              rules,
              PolicyRule.HOTEL_CAP,
              `${trip.hotelNightlyAmount.toFixed(2)} ${cap.currency} a night is over the ${cap.amount.toFixed(2)} cap for ${where}`,
            ),
      );
    }
  }
  if (trip.hotelChain)
    findings.push(
      supplierFinding(rules, PolicyRule.HOTEL_CHAINS, 'hotel chain', trip.hotelChain.toUpperCase(), rules.preferredHotelChains, rules.blockedHotelChains),
    );
  if (trip.carCode && rules.carClasses?.length) {
    const category = trip.carCode.toUpperCase()[0];
    findings.push(
      rules.carClasses.includes(category)
        ? inPolicy(PolicyRule.CAR_CLASS, `car category ${category} is allowed`)
        : outOfPolicy(rules, PolicyRule.CAR_CLASS, `car category ${category} is not allowed (allowed: ${rules.carClasses.join(', ')})`),
    );
  }
  if (trip.carHireFirm)
    findings.push(
      supplierFinding(
        rules,
        PolicyRule.CAR_HIRE_FIRMS,
        'car hire firm',
        trip.carHireFirm.toUpperCase(),
        rules.preferredCarHireFirms,
        rules.blockedCarHireFirms,
      ),
    );
  return findings;
}

/** Approval a trip needs: the policy's level, raised to HARD when anything is out of policy under a SOFT policy. */
export function approvalNeeded(rules: PolicyRules, findings: Finding[]): ApprovalLevel {
  const level = rules.approval ?? ApprovalLevel.NONE;
  const breaches = findings.some((finding) => finding.outcome !== ComplianceOutcome.IN_POLICY);
  return level === ApprovalLevel.SOFT && breaches ? ApprovalLevel.HARD : level;
}
