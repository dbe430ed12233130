import type { DuplicateSideFragment, MergeFieldChoiceInput, MergeableProfileField } from '../../graphql/generated';
import type { Scope } from '../../auth/scopes';

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

/** The profile's own fields, each taken from one side (lists also from both); passports and other parts are always all kept. */
export const MERGE_ROWS: MergeRow[] = [
  { field: 'TITLE', label: 'resources.profiles.fields.title', show: (profile) => profile.title ?? '' },
  { field: 'GIVEN_NAME', label: 'resources.profiles.fields.givenName', show: (profile) => profile.givenName },
  { field: 'MIDDLE_NAME', label: 'resources.profiles.fields.middleName', show: (profile) => profile.middleName ?? '' },
  { field: 'FAMILY_NAME', label: 'resources.profiles.fields.familyName', show: (profile) => profile.familyName },
  { field: 'PREFERRED_NAME', label: 'resources.profiles.fields.preferredName', show: (profile) => profile.preferredName ?? '' },
  { field: 'NATIVE_NAME', label: 'resources.profiles.fields.nativeName', show: (profile) => profile.nativeName ?? '' },
  { field: 'PREFERRED_LANGUAGE', label: 'resources.profiles.fields.preferredLanguage', show: (profile) => profile.preferredLanguage ?? '' },
  { field: 'DATE_OF_BIRTH', label: 'resources.profiles.fields.dateOfBirth', show: (profile) => profile.dateOfBirth ?? '', needs: ['profiles.personal:read'] },
  { field: 'EMAILS', label: 'resources.profiles.fields.emails', show: (profile) => joined(profile.emails.map((email) => email.address)), list: true },
  { field: 'PHONES', label: 'resources.profiles.fields.phones', show: (profile) => joined(profile.phones.map((phone) => phone.number)), list: true },
  {
    field: 'ADDRESSES',
    label: 'resources.profiles.fields.addresses',
    show: (profile) =>
      joined(
        profile.addresses.map((address) => joined([...address.lines, address.city, address.postalCode, address.countryCode])),
        '; ',
      ),
    list: true,
  },
  { field: 'DEPARTMENT', label: 'resources.profiles.fields.department', show: (profile) => profile.department ?? '' },
  {
    field: 'EMERGENCY_CONTACTS',
    label: 'resources.profiles.fields.emergencyContacts',
    show: (profile) => joined(profile.emergencyContacts.map((contact) => `${contact.name} ${contact.phone}`)),
    list: true,
  },
  {
    field: 'NATIONALITIES',
    label: 'resources.profileDocuments.sections.nationalities',
    show: (profile) => joined(profile.nationalities),
    needs: ['profiles.documents:write'],
    list: true,
  },
  {
    field: 'VIP',
    label: 'resources.profileUpkeep.fields.vip',
    show: (profile, translate) => (profile.vip ? joined([translate('resources.profileUpkeep.banner.vip'), profile.vipNote], ' — ') : ''),
  },
  {
    field: 'SPECIAL_NEEDS',
    label: 'resources.profileUpkeep.fields.specialNeeds',
    show: (profile, translate) => (profile.specialNeeds ? translate('resources.profileUpkeep.banner.specialNeeds') : ''),
    needs: ['profiles.special:read', 'profiles.special:write'],
  },
  { field: 'TAGS', label: 'resources.profileUpkeep.fields.tags', show: (profile) => joined(profile.tags), list: true, bothByDefault: true },
];

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
