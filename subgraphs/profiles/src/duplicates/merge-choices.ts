import { ForbiddenError, hasScopes, Principal, searchKey, ValidationFailedError } from '@wayfarer/kit';
import type { Profile } from '../profile/profile.entity';
import { PROFILE_FIELDS } from '../profile/profile-fields';
import type { MergeRule } from '../profile/profile-field.decorator';
import { MAX_TAGS } from '../segments/set-profile-tags.input';
import { MergeableField, MergeFieldChoiceInput, MergeSide, TAGS } from './merge-profiles.input';

interface MergeFieldRule extends Omit<MergeRule, 'alongside' | 'description'> {
  /** The profile columns the choice carries over; none when a part holds the field. */
  columns: (keyof Profile)[];
  byDefault?: MergeSide;
}

export const MERGE_FIELDS = new Map<MergeableField, MergeFieldRule>([
  ...PROFILE_FIELDS.merge.map(({ name, rule }): [MergeableField, MergeFieldRule] => [
    name as keyof Profile,
    { needs: rule.needs, entries: rule.entries, columns: [name, ...(rule.alongside ?? [])] as (keyof Profile)[] },
  ]),
  // The segments part merges tags; keeping both sets loses nothing staff wrote.
  [TAGS, { columns: [], entries: { max: MAX_TAGS, key: (tag: string) => searchKey(tag) }, byDefault: MergeSide.BOTH }],
]);

/** A merge's choice for every field: checked against the rules and the caller's scopes, then applied to the survivor. */
export class MergeChoices {
  private readonly sides = new Map<MergeableField, { side: MergeSide; path: string }>();

  constructor(choices: MergeFieldChoiceInput[], principal: Principal) {
    choices.forEach(({ field, from }, index) => {
      const path = `input.fieldChoices.${index}`;
      if (this.sides.has(field)) throw ValidationFailedError.single(`${path}.field`, 'unique', 'is chosen more than once');
      const rule = MERGE_FIELDS.get(field)!;
      if (from === MergeSide.BOTH && !rule.entries)
        throw ValidationFailedError.single(`${path}.from`, 'isList', 'BOTH combines lists only; choose SURVIVOR or MERGED');
      if (from !== MergeSide.SURVIVOR && rule.needs && !hasScopes(principal, [[rule.needs.scope]])) throw new ForbiddenError(rule.needs.refusal);
      this.sides.set(field, { side: from, path: `${path}.from` });
    });
  }

  sideOf(field: MergeableField): MergeSide {
    return this.sides.get(field)?.side ?? MERGE_FIELDS.get(field)!.byDefault ?? MergeSide.SURVIVOR;
  }

  /** The input path a violation about the field's choice names. */
  pathOf(field: MergeableField): string {
    return this.sides.get(field)?.path ?? 'input.fieldChoices';
  }

  /** Both lists, the survivor's entries first (it keeps its defaults); refused when they would not fit the field. */
  combine<T>(field: MergeableField, kept: T[], other: T[], asAdded: (entry: T) => T = (entry) => entry): T[] {
    const { max, key } = MERGE_FIELDS.get(field)!.entries!;
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
    for (const [field, rule] of MERGE_FIELDS) {
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
