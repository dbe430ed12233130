import type { DuplicateSideFragment, MergeFieldChoiceInput, MergeableProfileField } from '../../graphql/generated';
import type { Scope } from '../../auth/scopes';
import { enumValuesOf } from '../../graphql/apiSchema';

export const duplicateStatusChoices = [
  { id: 'OPEN', name: 'resources.duplicateCandidates.status.OPEN' },
  { id: 'DISMISSED', name: 'resources.duplicateCandidates.status.DISMISSED' },
  { id: 'MERGED', name: 'resources.duplicateCandidates.status.MERGED' },
];

export type Side = 'left' | 'right';
/** Where the survivor's value of a field comes from: one of the two travellers, or (lists only) both. */
export type Choice = Side | 'both';

export interface MergeRow {
  field: MergeableProfileField;
  label: string;
  show: (profile: DuplicateSideFragment, translate: (key: string) => string) => string;
  /** What the role needs to be offered the row: to read the value and to take it from the other traveller. */
  needs?: Scope[];
  /** A list whose entries from both travellers may be kept together. */
  list?: boolean;
  /** Kept from both unless the user chooses, as the server does (tags: nothing staff wrote is lost). */
  bothByDefault?: boolean;
}

const joined = (values: (string | null | undefined)[], separator = ', ') => values.filter(Boolean).join(separator);

const camelCase = (field: string) => field.toLowerCase().replace(/_(\w)/g, (_match, letter: string) => letter.toUpperCase());

/** Rows that show more than the profile's value of the same name, or need a scope to be offered. */
const SPECIAL_ROWS: Partial<Record<MergeableProfileField, Omit<MergeRow, 'field'>>> = {
  DATE_OF_BIRTH: { label: 'resources.profiles.fields.dateOfBirth', show: (profile) => profile.dateOfBirth ?? '', needs: ['profiles.personal:read'] },
  EMAILS: { label: 'resources.profiles.fields.emails', show: (profile) => joined(profile.emails.map((email) => email.address)), list: true },
  PHONES: { label: 'resources.profiles.fields.phones', show: (profile) => joined(profile.phones.map((phone) => phone.number)), list: true },
  ADDRESSES: {
    label: 'resources.profiles.fields.addresses',
    show: (profile) =>
      joined(
        profile.addresses.map((address) => joined([...address.lines, address.city, address.postalCode, address.countryCode])),
        '; ',
      ),
    list: true,
  },
  EMERGENCY_CONTACTS: {
    label: 'resources.profiles.fields.emergencyContacts',
    show: (profile) => joined(profile.emergencyContacts.map((contact) => `${contact.name} ${contact.phone}`)),
    list: true,
  },
  NATIONALITIES: {
    label: 'resources.profileDocuments.sections.nationalities',
    show: (profile) => joined(profile.nationalities),
    needs: ['profiles.documents:write'],
    list: true,
  },
  VIP: {
    label: 'resources.profileUpkeep.fields.vip',
    show: (profile, translate) => (profile.vip ? joined([translate('resources.profileUpkeep.banner.vip'), profile.vipNote], ' — ') : ''),
  },
  SPECIAL_NEEDS: {
    label: 'resources.profileUpkeep.fields.specialNeeds',
    show: (profile, translate) => (profile.specialNeeds ? translate('resources.profileUpkeep.banner.specialNeeds') : ''),
    needs: ['profiles.special:read', 'profiles.special:write'],
  },
  TAGS: { label: 'resources.profileUpkeep.fields.tags', show: (profile) => joined(profile.tags), list: true, bothByDefault: true },
};

/**
 * The profile's own fields, each taken from one side (lists also from both), in the order the API
 * offers them; passports and other parts are always all kept. Any other choice is the profile's
 * value of the same name, labelled as on the profile.
 */
export const MERGE_ROWS: MergeRow[] = (enumValuesOf('MergeableProfileField') as MergeableProfileField[]).map((field) => {
  const name = camelCase(field);
  return {
    field,
    ...(SPECIAL_ROWS[field] ?? {
      label: `resources.profiles.fields.${name}`,
      show: (profile: DuplicateSideFragment) => String((profile as Record<string, unknown>)[name] ?? ''),
    }),
  };
});

export const otherSide = (side: Side): Side => (side === 'left' ? 'right' : 'left');

/** The rows a role is offered; fields it may not read or take keep the survivor's value. */
export const mergeRowsFor = (can: (scope: Scope) => boolean): MergeRow[] => MERGE_ROWS.filter((row) => (row.needs ?? []).every(can));

/** Each field from the survivor, unless only the other traveller has a value for it; tags from both. */
export const defaultChoices = (
  rows: MergeRow[],
  profiles: Record<Side, DuplicateSideFragment>,
  survivor: Side,
  translate: (key: string) => string,
): Record<string, Choice> =>
  Object.fromEntries(
    rows.map((row) => {
      const kept = row.show(profiles[survivor], translate);
      const other = row.show(profiles[otherSide(survivor)], translate);
      if (row.bothByDefault && kept && other) return [row.field, 'both'];
      return [row.field, !kept && other ? otherSide(survivor) : survivor];
    }),
  );

/** The choices as mergeProfiles takes them, relative to the survivor. */
export const toFieldChoices = (rows: MergeRow[], choices: Record<string, Choice>, survivor: Side): MergeFieldChoiceInput[] =>
  rows.map((row) => {
    const choice = choices[row.field];
    return { field: row.field, from: choice === 'both' ? 'BOTH' : choice === survivor ? 'SURVIVOR' : 'MERGED' };
  });
