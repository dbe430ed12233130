import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SortDirection, SearchText } from '@wayfarer/kit';
import { Profile, ProfileStatus } from './profile.entity';
import { E164 } from './contact.types';

export enum ProfileSortField {
  FAMILY_NAME = 'nameKey',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(ProfileSortField, { name: 'ProfileSortField' });

@InputType()
export class ProfileFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Start of a name (family or given first, any accents, or in native script) or of an e-mail address; at least one letter or digit.',
  })
  @IsOptional()
  @SearchText()
  search?: string;

  @Field(() => ProfileStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ProfileStatus)
  status?: ProfileStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  department?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Exact number of a passport, visa, vaccination certificate or insurance policy; matched by keyed hash.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9 ]{5,40}$/, { message: 'must be a document number: 5 to 30 letters or digits' })
  documentNumber?: string;

  @Field(() => String, { nullable: true, description: 'Exact phone number in E.164, e.g. +447700900123.' })
  @IsOptional()
  @Matches(E164, { message: 'must be in E.164 format, e.g. +447700900123' })
  phone?: string;

  @Field(() => String, { nullable: true, description: 'A free tag, any case or accents.' })
  @IsOptional()
  @Length(1, 40)
  tag?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A derived segment, e.g. region:europe, age:25-34, context:business, vip, loyalty:member, loyalty:gold; special-needs needs profiles.special:read.',
  })
  @IsOptional()
  @Matches(/^[a-z0-9:+-]{1,48}$/, { message: 'must be a segment name as segmentCounts lists them' })
  segment?: string;
}

@InputType()
export class ProfileSort {
  @Field(() => ProfileSortField)
  @IsEnum(ProfileSortField)
  field: ProfileSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection;
}

@ArgsType()
export class ProfileListArgs {
  @Field(() => ProfileFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ProfileFilter;

  @Field(() => ProfileSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: ProfileSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class ProfileList extends ListResult(Profile) {}
