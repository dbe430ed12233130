import type { PreferenceCategory, PreferenceStance, TravelContext } from '../../graphql/generated';
import { choices } from '../../lists/choices';

export const SPECIAL_CATEGORIES: readonly PreferenceCategory[] = ['MEAL', 'MOBILITY', 'VISUAL_HEARING'];

const ORDINARY_CATEGORIES: readonly PreferenceCategory[] = [
  'SEATING',
  'CABIN_CLASS',
  'AIRLINE',
  'ALLIANCE',
  'DEPARTURE_AIRPORT',
  'ROOM_TYPE',
  'HOTEL_CHAIN',
  'CAR_HIRE',
  'RAIL_CLASS',
  'TRANSPORT_MODE',
  'ROUTE',
  'SMOKING',
  'SUSTAINABILITY',
];

export const categoryChoices = (special: boolean) => choices('resources.profilePreferences.category', special ? SPECIAL_CATEGORIES : ORDINARY_CATEGORIES);

const ASSISTANCE = [
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
];

/** The categories whose values come from a fixed list; the others take a code (IATA, GDS, ACRISS) or free text. */
const VALUES: Partial<Record<PreferenceCategory, readonly string[]>> = {
  SEATING: ['AISLE', 'WINDOW', 'MIDDLE', 'EXIT_ROW', 'FRONT'],
  ROOM_TYPE: ['SINGLE', 'DOUBLE', 'TWIN', 'SUITE', 'ACCESSIBLE', 'HIGH_FLOOR', 'QUIET'],
  ALLIANCE: ['STAR_ALLIANCE', 'ONEWORLD', 'SKYTEAM'],
  SMOKING: ['SMOKING', 'NON_SMOKING'],
  MEAL: [
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
  ],
  MOBILITY: ASSISTANCE,
  VISUAL_HEARING: ASSISTANCE,
  TRANSPORT_MODE: ['AIR', 'RAIL', 'CAR', 'SEA', 'COACH'],
  SUSTAINABILITY: ['LOWEST_CO2', 'RAIL_WHERE_POSSIBLE', 'OFFSET', 'NO_SHORT_HAUL_FLIGHTS'],
  CABIN_CLASS: ['ECONOMY', 'PREMIUM_ECONOMY', 'BUSINESS', 'FIRST'],
  RAIL_CLASS: ['STANDARD', 'FIRST'],
};

export const valueChoices = (category: PreferenceCategory | null | undefined) => {
  const values = category ? VALUES[category] : undefined;
  return values ? choices('resources.profilePreferences.value', values) : null;
};

/** A listed value in words ("Vegan (VGML)"); a code or free text as it is. */
export const valueLabelKey = (category: PreferenceCategory, value: string): string | null =>
  VALUES[category]?.includes(value) ? `resources.profilePreferences.value.${value}` : null;

export const stanceChoices = choices<PreferenceStance>('resources.profilePreferences.stance', ['PREFERRED', 'AVOIDED', 'REQUIRED']);
export const contextChoices = choices<TravelContext>('resources.profilePreferences.context', ['ANY', 'BUSINESS', 'LEISURE']);
