import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsUUID, Min, ValidateNested } from 'class-validator';

/** The profile's own fields a merge may take from either side (parts such as passports are all kept). */
export enum MergeableField {
  TITLE = 'title',
  GIVEN_NAME = 'givenName',
  MIDDLE_NAME = 'middleName',
  FAMILY_NAME = 'familyName',
  PREFERRED_NAME = 'preferredName',
  DATE_OF_BIRTH = 'dateOfBirth',
  EMAILS = 'emails',
  PHONES = 'phones',
  ADDRESSES = 'addresses',
  DEPARTMENT = 'department',
}
registerEnumType(MergeableField, { name: 'MergeableProfileField' });

export enum MergeSide {
  SURVIVOR = 'SURVIVOR',
  MERGED = 'MERGED',
}
registerEnumType(MergeSide, { name: 'MergeSide' });

@InputType()
export class MergeFieldChoiceInput {
  @Field(() => MergeableField)
  @IsEnum(MergeableField)
  field: MergeableField;

  @Field(() => MergeSide)
  @IsEnum(MergeSide)
  from: MergeSide;
}

@InputType({ description: 'Fields not chosen keep the survivor’s value.' })
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
