import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsUUID, Min, ValidateNested } from 'class-validator';

/** The profile's fields a merge may take from either side (parts such as passports are all kept). */
export enum MergeableField {
  TITLE = 'title',
  GIVEN_NAME = 'givenName',
  MIDDLE_NAME = 'middleName',
  FAMILY_NAME = 'familyName',
  PREFERRED_NAME = 'preferredName',
  NATIVE_NAME = 'nativeName',
  PREFERRED_LANGUAGE = 'preferredLanguage',
  DATE_OF_BIRTH = 'dateOfBirth',
  EMAILS = 'emails',
  PHONES = 'phones',
  ADDRESSES = 'addresses',
  DEPARTMENT = 'department',
  EMERGENCY_CONTACTS = 'emergencyContacts',
  NATIONALITIES = 'nationalities',
  VIP = 'vip',
  SPECIAL_NEEDS = 'specialNeeds',
  TAGS = 'tags',
}
registerEnumType(MergeableField, {
  name: 'MergeableProfileField',
  valuesConfig: {
    DATE_OF_BIRTH: { description: 'MERGED needs profiles.personal:read.' },
    NATIONALITIES: { description: 'MERGED or BOTH needs profiles.documents:write.' },
    VIP: { description: 'VIP status with its note.' },
    SPECIAL_NEEDS: { description: 'MERGED needs profiles.special:write.' },
    TAGS: { description: 'BOTH unless chosen.' },
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
