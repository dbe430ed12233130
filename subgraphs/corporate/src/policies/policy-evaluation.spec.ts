import {
  approvalNeeded,
  assertNewVersionFits,
  cabinAllowed,
  chainOf,
  checkTrip,
  ComplianceOutcome,
  hotelCapFor,
  judgePreferences,
  mergeRules,
  PolicyNode,
  PolicyRule,
  rulesOn,
  selectPolicy,
  versionOn,
  wouldCycle,
} from './policy-evaluation';
import { ApprovalLevel, CabinClass, PolicyRules, RailClass } from './policy-rules.types';
import { PolicyScope } from './policy-scope';

const BASE: PolicyRules = {
  cabinByDuration: [
    { minHours: 0, cabin: CabinClass.ECONOMY },
    { minHours: 6, cabin: CabinClass.BUSINESS },
  ],
  railClass: RailClass.STANDARD,
  hotelCaps: [
    { countryCode: 'GB', amount: 150, currency: 'GBP' },
    { countryCode: 'GB', city: 'London', amount: 250, currency: 'GBP' },
  ],
  carClasses: ['E', 'C'],
  preferredAirlines: ['BA'],
  blockedAirlines: ['FR'],
  preferredHotelChains: ['HI'],
  blockedHotelChains: ['XX'],
  preferredCarHireFirms: ['ZE'],
  blockedCarHireFirms: ['ZZ'],
  advanceBookingDays: 14,
  approval: ApprovalLevel.SOFT,
  approvers: ['boss@acme.test'],
  railBelowKm: 500,
  personalPreferencesAtOwnCost: false,
};

const pref = (category: string, value: string, stance = 'PREFERRED', context = 'BUSINESS') => ({ category, value, stance, context });
const outcomes = (rules: PolicyRules, preferences: ReturnType<typeof pref>[]) =>
  judgePreferences(rules, preferences).map((finding) => [finding.rule, finding.outcome]);

const node = (id: string, appliesTo: PolicyScope, parentId: string | null, versions: PolicyNode['versions'], extra: Partial<PolicyNode> = {}): PolicyNode => ({
  id,
  appliesTo,
  parentId,
  departmentCode: null,
  grade: null,
  versions,
  ...extra,
});

describe('policy evaluation', () => {
  describe('preferences against the rules', () => {
    it('judges cabin class by the longest band that allows it', () => {
      const findings = judgePreferences(BASE, [pref('CABIN_CLASS', 'ECONOMY'), pref('CABIN_CLASS', 'BUSINESS'), pref('CABIN_CLASS', 'FIRST')]);
      expect(findings.map((finding) => [finding.outcome, finding.reason])).toEqual([
        [ComplianceOutcome.IN_POLICY, 'economy is allowed on every flight'],
        [ComplianceOutcome.IN_POLICY, 'business is allowed on flights of 6 h or more'],
        [ComplianceOutcome.OUT_OF_POLICY, 'the policy allows at most business, on flights of 6 h or more'],
      ]);
    });

    it('judges rail class, airlines, hotel chains, car categories and car hire firms', () => {
      expect(
        outcomes(BASE, [
          pref('RAIL_CLASS', 'FIRST'),
          pref('RAIL_CLASS', 'STANDARD'),
          pref('AIRLINE', 'FR'),
          pref('AIRLINE', 'BA'),
          pref('AIRLINE', 'LH'),
          pref('HOTEL_CHAIN', 'XX'),
          pref('HOTEL_CHAIN', 'HI'),
          pref('CAR_HIRE', 'IDAR'),
          pref('CAR_HIRE', 'EDMR'),
          pref('CAR_HIRE', 'ZZ'),
          pref('CAR_HIRE', 'ZE'),
        ]),
      ).toEqual([
        [PolicyRule.RAIL_CLASS, ComplianceOutcome.OUT_OF_POLICY],
        [PolicyRule.RAIL_CLASS, ComplianceOutcome.IN_POLICY],
        [PolicyRule.AIRLINES, ComplianceOutcome.OUT_OF_POLICY],
        [PolicyRule.AIRLINES, ComplianceOutcome.IN_POLICY],
        [PolicyRule.AIRLINES, ComplianceOutcome.IN_POLICY],
        [PolicyRule.HOTEL_CHAINS, ComplianceOutcome.OUT_OF_POLICY],
        [PolicyRule.HOTEL_CHAINS, ComplianceOutcome.IN_POLICY],
        [PolicyRule.CAR_CLASS, ComplianceOutcome.OUT_OF_POLICY],
        [PolicyRule.CAR_CLASS, ComplianceOutcome.IN_POLICY],
        [PolicyRule.CAR_HIRE_FIRMS, ComplianceOutcome.OUT_OF_POLICY],
        [PolicyRule.CAR_HIRE_FIRMS, ComplianceOutcome.IN_POLICY],
      ]);
    });

    it('sends short journeys by rail: requiring to fly is out of policy, preferring it is noted', () => {
      expect(outcomes(BASE, [pref('TRANSPORT_MODE', 'AIR', 'REQUIRED'), pref('TRANSPORT_MODE', 'AIR')])).toEqual([
        [PolicyRule.LOWER_CARBON, ComplianceOutcome.OUT_OF_POLICY],
        [PolicyRule.LOWER_CARBON, ComplianceOutcome.IN_POLICY],
      ]);
    });

    it('lets travellers pay the difference when the policy allows it, but never for blocked suppliers', () => {
      const rules = { ...BASE, personalPreferencesAtOwnCost: true };
      expect(outcomes(rules, [pref('CABIN_CLASS', 'FIRST'), pref('AIRLINE', 'FR')])).toEqual([
        [PolicyRule.CABIN_CLASS, ComplianceOutcome.AT_OWN_COST],
        [PolicyRule.AIRLINES, ComplianceOutcome.OUT_OF_POLICY],
      ]);
    });

    it('does not judge leisure preferences, avoided items or categories without a rule', () => {
      expect(
        judgePreferences(BASE, [
          pref('CABIN_CLASS', 'FIRST', 'PREFERRED', 'LEISURE'),
          pref('AIRLINE', 'BA', 'AVOIDED'),
          pref('SEATING', 'AISLE'),
          pref('MEAL', 'VGML'),
        ]),
      ).toEqual([]);
      expect(judgePreferences({}, [pref('CABIN_CLASS', 'FIRST'), pref('RAIL_CLASS', 'FIRST'), pref('CAR_HIRE', 'XDAR')])).toEqual([]);
      expect(outcomes(BASE, [pref('CABIN_CLASS', 'FIRST', 'PREFERRED', 'ANY')])).toEqual([[PolicyRule.CABIN_CLASS, ComplianceOutcome.OUT_OF_POLICY]]);
    });
  });

  describe('a trip against the rules', () => {
    const trip = { departureDate: '2027-03-20', bookingDate: '2027-03-01' };

    it('checks cabin by flight duration, airline and the rail distance', () => {
      expect(cabinAllowed(BASE.cabinByDuration!, 2)).toBe(CabinClass.ECONOMY);
      expect(cabinAllowed(BASE.cabinByDuration!, 7.5)).toBe(CabinClass.BUSINESS);
      const findings = checkTrip(BASE, { ...trip, flightHours: 2, cabin: CabinClass.BUSINESS, airline: 'ba', distanceKm: 400 });
      expect(findings.map((finding) => [finding.rule, finding.outcome])).toEqual([
        [PolicyRule.ADVANCE_BOOKING, ComplianceOutcome.IN_POLICY],
        [PolicyRule.CABIN_CLASS, ComplianceOutcome.OUT_OF_POLICY],
        [PolicyRule.AIRLINES, ComplianceOutcome.IN_POLICY],
        [PolicyRule.LOWER_CARBON, ComplianceOutcome.OUT_OF_POLICY],
      ]);
      expect(checkTrip(BASE, { ...trip, flightHours: 8, cabin: CabinClass.BUSINESS })[1].outcome).toBe(ComplianceOutcome.IN_POLICY);
    });

    it('checks advance booking', () => {
      const [late] = checkTrip(BASE, { departureDate: '2027-03-20', bookingDate: '2027-03-10' });
      expect(late).toEqual({
        rule: PolicyRule.ADVANCE_BOOKING,
        outcome: ComplianceOutcome.OUT_OF_POLICY,
        reason: 'booked 10 days ahead; the policy asks for 14',
      });
    });

    it('caps hotels by city before country, in the cap’s currency', () => {
      expect(hotelCapFor(BASE.hotelCaps!, 'gb', 'london')?.amount).toBe(250);
      expect(hotelCapFor(BASE.hotelCaps!, 'GB', 'Leeds')?.amount).toBe(150);
      expect(hotelCapFor(BASE.hotelCaps!, 'FR', 'Paris')).toBeNull();
      const check = (city: string, amount: number, currency = 'GBP') =>
        checkTrip({ hotelCaps: BASE.hotelCaps }, { ...trip, hotelCountryCode: 'GB', hotelCity: city, hotelNightlyAmount: amount, hotelCurrency: currency })[0];
      expect(check('London', 240).outcome).toBe(ComplianceOutcome.IN_POLICY);
      expect(check('Leeds', 240)).toEqual({
        rule: PolicyRule.HOTEL_CAP,
        outcome: ComplianceOutcome.OUT_OF_POLICY,
        reason: '240.00 GBP a night is over the 150.00 cap for GB',
      });
      expect(check('Leeds', 100, 'EUR').outcome).toBe(ComplianceOutcome.OUT_OF_POLICY);
    });

    it('checks rail class, hotel chain, car category and car hire firm', () => {
      const findings = checkTrip(BASE, { ...trip, railClass: RailClass.FIRST, hotelChain: 'xx', carCode: 'CDMR', carHireFirm: 'ZZ' });
      expect(findings.slice(1).map((finding) => [finding.rule, finding.outcome])).toEqual([
        [PolicyRule.RAIL_CLASS, ComplianceOutcome.OUT_OF_POLICY],
        [PolicyRule.HOTEL_CHAINS, ComplianceOutcome.OUT_OF_POLICY],
        [PolicyRule.CAR_CLASS, ComplianceOutcome.IN_POLICY],
        [PolicyRule.CAR_HIRE_FIRMS, ComplianceOutcome.OUT_OF_POLICY],
      ]);
    });

    it('asks for approval at the policy’s level, hard when a soft policy is breached', () => {
      const inPolicy = checkTrip(BASE, { ...trip, railClass: RailClass.STANDARD });
      expect(approvalNeeded(BASE, inPolicy)).toBe(ApprovalLevel.SOFT);
      expect(approvalNeeded(BASE, checkTrip(BASE, { ...trip, railClass: RailClass.FIRST }))).toBe(ApprovalLevel.HARD);
      expect(approvalNeeded({}, [])).toBe(ApprovalLevel.NONE);
      expect(approvalNeeded({ approval: ApprovalLevel.HARD }, [])).toBe(ApprovalLevel.HARD);
    });
  });

  describe('overrides', () => {
    const account = node('account', PolicyScope.ACCOUNT, null, [{ id: 'a1', effectiveFrom: '2026-01-01', effectiveTo: null, rules: BASE }]);
    const sales = node(
      'sales',
      PolicyScope.DEPARTMENT,
      'account',
      [
        {
          id: 's1',
          effectiveFrom: '2026-01-01',
          effectiveTo: null,
          rules: { railClass: RailClass.FIRST, hotelCaps: [{ countryCode: 'GB', amount: 180, currency: 'GBP' }] },
        },
      ],
      {
        departmentCode: 'SALES',
      },
    );
    const directors = node(
      'directors',
      PolicyScope.GRADE,
      'sales',
      [{ id: 'd1', effectiveFrom: '2026-01-01', effectiveTo: null, rules: { cabinByDuration: [{ minHours: 0, cabin: CabinClass.BUSINESS }] } }],
      {
        grade: 'D1',
      },
    );
    const policies = [account, sales, directors];

    it('picks the grade override, else the department override, else the account policy', () => {
      expect(selectPolicy(policies, { departmentCode: 'sales', grade: 'd1' })?.id).toBe('directors');
      expect(selectPolicy(policies, { departmentCode: 'SALES', grade: null })?.id).toBe('sales');
      expect(selectPolicy(policies, { departmentCode: 'OPS', grade: 'X' })?.id).toBe('account');
      expect(selectPolicy([], { departmentCode: null, grade: null })).toBeNull();
    });

    it('inherits every rule the override leaves out; hotel caps replace only the same place', () => {
      const rules = rulesOn(policies, directors, '2026-06-01')!;
      expect(rules.cabinByDuration).toEqual([{ minHours: 0, cabin: CabinClass.BUSINESS }]);
      expect(rules.railClass).toBe(RailClass.FIRST);
      expect(rules.blockedAirlines).toEqual(['FR']);
      expect(rules.hotelCaps).toEqual([
        { countryCode: 'GB', city: 'London', amount: 250, currency: 'GBP' },
        { countryCode: 'GB', amount: 180, currency: 'GBP' },
      ]);
      expect(mergeRules({ railClass: RailClass.STANDARD }, { railClass: null })).toEqual({ railClass: RailClass.STANDARD });
    });

    it('walks the chain root first and finds cycles', () => {
      expect(chainOf(policies, directors).map((policy) => policy.id)).toEqual(['account', 'sales', 'directors']);
      expect(wouldCycle(policies, 'sales', 'directors')).toBe(true);
      expect(wouldCycle(policies, 'sales', 'sales')).toBe(true);
      expect(wouldCycle(policies, 'directors', 'account')).toBe(false);
    });
  });

  describe('versions by date', () => {
    const versions = [
      { id: 'v2', effectiveFrom: '2026-07-01', effectiveTo: null, rules: { railClass: RailClass.FIRST } },
      { id: 'v1', effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30', rules: { railClass: RailClass.STANDARD } },
    ];

    it('finds the version in force on a date, none before the first', () => {
      expect(versionOn(versions, '2026-06-30')?.id).toBe('v1');
      expect(versionOn(versions, '2026-07-01')?.id).toBe('v2');
      expect(versionOn(versions, '2025-12-31')).toBeNull();
    });

    it('judges by the rules of the date, parents included', () => {
      const account = node('account', PolicyScope.ACCOUNT, null, versions);
      expect(rulesOn([account], account, '2026-03-01')).toEqual({ railClass: RailClass.STANDARD });
      expect(rulesOn([account], account, '2026-08-01')).toEqual({ railClass: RailClass.FIRST });
      expect(rulesOn([account], account, '2025-01-01')).toBeNull();
    });

    it('refuses a version that does not start after the latest', () => {
      expect(() => assertNewVersionFits(versions, '2026-07-01')).toThrow(
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          details: { violations: [expect.objectContaining({ field: 'input.effectiveFrom', rule: 'noOverlap' })] },
        }),
      );
      expect(() => assertNewVersionFits(versions, '2026-07-02')).not.toThrow();
      expect(() => assertNewVersionFits([], '2020-01-01')).not.toThrow();
    });
  });
});
