import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsUUID, Min, ValidateNested } from 'class-validator';
import type { Profile } from '../profile/profile.entity';
import { PROFILE_FIELDS } from '../profile/profile-fields';

/** The profile part whose merge choice is not a profile column: the segments part merges tags. */
export const TAGS = 'tags' as const;

const enumKey = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

/** The profile's fields a merge may take from either side (parts such as passports are all kept), then tags. */
export const MergeableField: Record<string, string> = Object.fromEntries([
  ...PROFILE_FIELDS.merge.map(({ name }) => [enumKey(name), name]),
  [enumKey(TAGS), TAGS],
]);
export type MergeableField = keyof Profile | typeof TAGS;
registerEnumType(MergeableField, {
  name: 'MergeableProfileField',
  valuesConfig: {
    ...Object.fromEntries(
      PROFILE_FIELDS.merge.filter(({ rule }) => rule.description).map(({ name, rule }) => [enumKey(name), { description: rule.description }]),
    ),
    [enumKey(TAGS)]: { description: 'BOTH unless chosen.' },
  },
});

export enum MergeSide {
  SURVIVOR = 'SURVIVOR',
  MERGED = 'MERGED',
  BOTH = 'BOTH',
}
registerEnumType(MergeSide, {
  name: 'MergeSide',
  valuesConfig: {
    BOTH: {
      description:
        'Lists only (e-mails, phones, addresses, emergency contacts, nationalities, tags): the survivor’s entries, then the other’s not already there.',
    },
  },
});

@InputType()
export class MergeFieldChoiceInput {
  @Field(() => MergeableField)
  @IsEnum(MergeableField)
  field: MergeableField;

  @Field(() => MergeSide)
  @IsEnum(MergeSide)
  from: MergeSide;
}

@InputType({ description: 'Fields not chosen keep the survivor’s value, except tags, which keep both profiles’.' })
export class MergeProfilesInput {
  @Field(() => ID, { description: 'The profile that remains.' })
  @IsUUID()
  survivorId: string;

  @Field(() => ID, { description: 'The profile that becomes MERGED and resolves to the survivor from then on.' })
  @IsUUID()
  mergedId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  survivorVersion: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  mergedVersion: number;

  @Field(() => [MergeFieldChoiceInput], { defaultValue: [] })
  @ArrayMaxSize(Object.keys(MergeableField).length)
  @ValidateNested({ each: true })
  fieldChoices: MergeFieldChoiceInput[];
}
