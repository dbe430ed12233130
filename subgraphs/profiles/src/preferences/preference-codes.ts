import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { PreferenceCategory } from './travel-preference.entity';

const list = (...values: string[]) => new Set(values);

const MEAL_CODES = list(
  'AVML',
  'BBML',
  'BLML',
  'CHML',
  'DBML',
  'FPML',
  'GFML',
  'HNML',
  'KSML',
  'LCML',
  'LFML',
  'LSML',
  'MOML',
  'NLML',
  'RVML',
  'SFML',
  'SPML',
  'VGML',
  'VJML',
  'VLML',
  'VOML',
);
const ASSISTANCE_CODES = list(
  'WCHR',
  'WCHS',
  'WCHC',
  'WCBD',
  'WCBW',
  'WCMP',
  'WCLB',
  'WCOB',
  'MAAS',
  'DPNA',
  'BLND',
  'DEAF',
  'SVAN',
  'ESAN',
  'PETC',
  'OXYG',
  'STCR',
  'MEDA',
);

/** ACRISS (SIPP) vehicle code: category, type, transmission / drive, fuel / air conditioning. */
const ACRISS = /^[MNEHCDIJSRFGPULWOX][BCDWVLSTFJXPQZEMRHYNGK][MNCABD][RNDQHIECLSABMFVZUX]$/;
const TWO_CHAR_CODE = /^[A-Z0-9]{2}$/;

interface Rule {
  test: (value: string) => boolean;
  message: string;
  /** The values of a category that takes one from a fixed list. */
  values?: readonly string[];
}

const oneOf = (values: Set<string>, what: string): Rule => ({
  test: (value) => values.has(value),
  message: `must be ${what}: ${[...values].join(', ')}`,
  values: [...values],
});

const RULES: Record<PreferenceCategory, Rule> = {
  SEATING: oneOf(list('AISLE', 'WINDOW', 'MIDDLE', 'EXIT_ROW', 'FRONT'), 'one of'),
  ROOM_TYPE: oneOf(list('SINGLE', 'DOUBLE', 'TWIN', 'SUITE', 'ACCESSIBLE', 'HIGH_FLOOR', 'QUIET'), 'one of'),
  CAR_HIRE: {
    test: (value) => ACRISS.test(value) || TWO_CHAR_CODE.test(value),
    message: 'must be an ACRISS vehicle code (e.g. CDMR) or a 2-character car hire supplier code (e.g. ZE)',
  },
  AIRLINE: { test: (value) => TWO_CHAR_CODE.test(value), message: 'must be an IATA airline code of 2 letters or digits, e.g. BA' },
  ALLIANCE: oneOf(list('STAR_ALLIANCE', 'ONEWORLD', 'SKYTEAM'), 'one of'),
  DEPARTURE_AIRPORT: { test: (value) => /^[A-Z]{3}$/.test(value), message: 'must be an IATA airport code of 3 letters, e.g. LHR' },
  SMOKING: oneOf(list('SMOKING', 'NON_SMOKING'), 'one of'),
  MEAL: oneOf(MEAL_CODES, 'an IATA special meal code'),
  MOBILITY: oneOf(ASSISTANCE_CODES, 'an IATA assistance (SSR) code'),
  VISUAL_HEARING: oneOf(ASSISTANCE_CODES, 'an IATA assistance (SSR) code'),
  ROUTE: { test: (value) => value.trim().length > 0, message: 'must describe the route' },
  TRANSPORT_MODE: oneOf(list('AIR', 'RAIL', 'CAR', 'SEA', 'COACH'), 'one of'),
  SUSTAINABILITY: oneOf(list('LOWEST_CO2', 'RAIL_WHERE_POSSIBLE', 'OFFSET', 'NO_SHORT_HAUL_FLIGHTS'), 'one of'),
  CABIN_CLASS: oneOf(list('ECONOMY', 'PREMIUM_ECONOMY', 'BUSINESS', 'FIRST'), 'one of'),
  HOTEL_CHAIN: { test: (value) => TWO_CHAR_CODE.test(value), message: 'must be a 2-character GDS hotel chain code, e.g. HI' },
  RAIL_CLASS: oneOf(list('STANDARD', 'FIRST'), 'one of'),
};

/** Each category that takes a value from a fixed list, with the list, in the order the rules give it. */
export const PREFERENCE_VALUE_LISTS: { category: PreferenceCategory; values: readonly string[] }[] = Object.entries(RULES).flatMap(([category, rule]) =>
  rule.values ? [{ category: category as PreferenceCategory, values: rule.values }] : [],
);

/** Codes are stored upper case; a route is free text as written. */
export function normalisePreferenceValue(category: PreferenceCategory, value: string): string {
  return category === PreferenceCategory.ROUTE ? value.trim() : value.trim().toUpperCase();
}

/** The value must fit its category's code list or format; the category is read from the same input object. */
export function IsPreferenceValue(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'preferenceValue',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const { category } = args.object as { category: PreferenceCategory };
          const rule = RULES[category];
          return typeof value === 'string' && (!rule || rule.test(normalisePreferenceValue(category, value)));
        },
        defaultMessage(args: ValidationArguments) {
          return RULES[(args.object as { category: PreferenceCategory }).category]?.message ?? 'is not valid for its category';
        },
      },
    });
}
