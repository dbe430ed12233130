import type { PreferenceCategory, PreferenceStance, TravelContext } from '../../graphql/generated';
import { useMemo } from 'react';
import { useGetList } from 'react-admin';
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

/** The categories with a fixed list of values, and the lists, as the API serves them (`preferenceValueLists`). */
export type PreferenceValueLists = ReadonlyMap<PreferenceCategory, readonly string[]>;

export const usePreferenceValueLists = (): PreferenceValueLists => {
  const { data = [] } = useGetList<{ id: string; category: PreferenceCategory; values: string[] }>('preferenceValueLists');
  return useMemo(() => new Map(data.map((list) => [list.category, list.values])), [data]);
};

export const valueChoices = (lists: PreferenceValueLists, category: PreferenceCategory | null | undefined) => {
  const values = category ? lists.get(category) : undefined;
  return values ? choices('resources.profilePreferences.value', values) : null;
};

/** A listed value in words ("Vegan (VGML)"); a code or free text as it is. */
export const valueLabelKey = (lists: PreferenceValueLists, category: PreferenceCategory, value: string): string | null =>
  lists.get(category)?.includes(value) ? `resources.profilePreferences.value.${value}` : null;

export const stanceChoices = choices<PreferenceStance>('resources.profilePreferences.stance', ['PREFERRED', 'AVOIDED', 'REQUIRED']);
export const contextChoices = choices<TravelContext>('resources.profilePreferences.context', ['ANY', 'BUSINESS', 'LEISURE']);
