import { ForbiddenError, hasScopes, Principal, searchKey, ValidationFailedError } from '@wayfarer/kit';
import type { Profile } from '../profile/profile.entity';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { MAX_CONTACTS, MAX_EMERGENCY_CONTACTS } from '../profile/contact.types';
import { MAX_NATIONALITIES } from '../documents/document.inputs';
import { MAX_TAGS } from '../segments/set-profile-tags.input';
import { MergeableField, MergeFieldChoiceInput, MergeSide } from './merge-profiles.input';

interface ListRule {
  /** Most entries the field holds, as its own input allows. */
  max: number;
  /** What makes two entries the same, so BOTH lists each once. */
  key: (entry: any) => string;
}

interface MergeFieldRule {
  /** The profile columns the choice carries over; none when a part holds the field. */
  columns: (keyof Profile)[];
  /** The scope needed to take the other profile's value, as writing the field needs it. */
  needs?: { scope: string; refusal: string };
  list?: ListRule;
  byDefault?: MergeSide;
}

const addressKey = (address: { lines: string[]; city: string; postalCode: string | null; countryCode: string }) =>
  searchKey([...address.lines, address.city, address.postalCode ?? '', address.countryCode].join(' '));

export const MERGE_FIELDS: Record<MergeableField, MergeFieldRule> = {
  [MergeableField.TITLE]: { columns: ['title'] },
  [MergeableField.GIVEN_NAME]: { columns: ['givenName'] },
  [MergeableField.MIDDLE_NAME]: { columns: ['middleName'] },
  [MergeableField.FAMILY_NAME]: { columns: ['familyName'] },
  [MergeableField.PREFERRED_NAME]: { columns: ['preferredName'] },
  [MergeableField.NATIVE_NAME]: { columns: ['nativeName'] },
  [MergeableField.PREFERRED_LANGUAGE]: { columns: ['preferredLanguage'] },
  [MergeableField.DATE_OF_BIRTH]: {
    columns: ['dateOfBirth'],
    needs: { scope: PROFILE_SCOPES.readPersonal, refusal: 'Choosing the date of birth needs the profiles.personal:read scope' },
  },
  [MergeableField.EMAILS]: { columns: ['emails'], list: { max: MAX_CONTACTS, key: (email: { address: string }) => email.address.toLowerCase() } },
  [MergeableField.PHONES]: { columns: ['phones'], list: { max: MAX_CONTACTS, key: (phone: { number: string }) => phone.number } },
  [MergeableField.ADDRESSES]: { columns: ['addresses'], list: { max: MAX_CONTACTS, key: addressKey } },
  [MergeableField.DEPARTMENT]: { columns: ['department'] },
  [MergeableField.EMERGENCY_CONTACTS]: {
    columns: ['emergencyContacts'],
    list: { max: MAX_EMERGENCY_CONTACTS, key: (contact: { phone: string }) => contact.phone },
  },
  [MergeableField.NATIONALITIES]: {
    columns: ['nationalities'],
    needs: { scope: PROFILE_SCOPES.writeDocuments, refusal: 'Choosing nationalities needs the profiles.documents:write scope' },
    list: { max: MAX_NATIONALITIES, key: (code: string) => code },
  },
  [MergeableField.VIP]: { columns: ['vip', 'vipNote'] },
  [MergeableField.SPECIAL_NEEDS]: {
    columns: ['specialNeeds'],
    needs: { scope: PROFILE_SCOPES.writeSpecial, refusal: 'Choosing special needs needs the profiles.special:write scope' },
  },
  // The segments part merges tags; keeping both sets loses nothing staff wrote.
  [MergeableField.TAGS]: { columns: [], list: { max: MAX_TAGS, key: (tag: string) => searchKey(tag) }, byDefault: MergeSide.BOTH },
};

/** A merge's choice for every field: checked against the rules and the caller's scopes, then applied to the survivor. */
export class MergeChoices {
  private readonly sides = new Map<MergeableField, { side: MergeSide; path: string }>();

  constructor(choices: MergeFieldChoiceInput[], principal: Principal) {
    choices.forEach(({ field, from }, index) => {
      const path = `input.fieldChoices.${index}`;
      if (this.sides.has(field)) throw ValidationFailedError.single(`${path}.field`, 'unique', 'is chosen more than once');
      const rule = MERGE_FIELDS[field];
      if (from === MergeSide.BOTH && !rule.list)
        throw ValidationFailedError.single(`${path}.from`, 'isList', 'BOTH combines lists only; choose SURVIVOR or MERGED');
      if (from !== MergeSide.SURVIVOR && rule.needs && !hasScopes(principal, [[rule.needs.scope]])) throw new ForbiddenError(rule.needs.refusal);
      this.sides.set(field, { side: from, path: `${path}.from` });
    });
  }

  sideOf(field: MergeableField): MergeSide {
    return this.sides.get(field)?.side ?? MERGE_FIELDS[field].byDefault ?? MergeSide.SURVIVOR;
  }

  /** The input path a violation about the field's choice names. */
  pathOf(field: MergeableField): string {
    return this.sides.get(field)?.path ?? 'input.fieldChoices';
  }

  /** Both lists, the survivor's entries first (it keeps its defaults); refused when they would not fit the field. */
  combine<T>(field: MergeableField, kept: T[], other: T[], asAdded: (entry: T) => T = (entry) => entry): T[] {
    const { max, key } = MERGE_FIELDS[field].list!;
    const seen = new Set(kept.map(key));
    const added = other.filter((entry) => {
      const entryKey = key(entry);
      if (seen.has(entryKey)) return false;
      seen.add(entryKey);
      return true;
    });
    const combined = [...kept, ...added.map(asAdded)];
    if (combined.length > max) {
      throw ValidationFailedError.single(this.pathOf(field), 'arrayMaxSize', `would hold more than ${max} ${field} together; keep one side`);
    }
    return combined;
  }

  /** The survivor's column values that change: the merged profile's, or both lists combined. */
  columnsFrom(survivor: Profile, merged: Profile): Partial<Profile> {
    const values: Record<string, unknown> = {};
    for (const [field, rule] of Object.entries(MERGE_FIELDS) as [MergeableField, MergeFieldRule][]) {
      const side = this.sideOf(field);
      for (const column of rule.columns) {
        if (side === MergeSide.MERGED) values[column] = merged[column];
        // Entries taken from the other profile join as extras: the survivor keeps its default contact.
        if (side === MergeSide.BOTH)
          values[column] = this.combine(field, survivor[column] as unknown[], merged[column] as unknown[], (entry) =>
            typeof entry === 'object' && entry !== null && 'isDefault' in entry ? { ...entry, isDefault: false } : entry,
          );
      }
    }
    return values as Partial<Profile>;
  }
}
