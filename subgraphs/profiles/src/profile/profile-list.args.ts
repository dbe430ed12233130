import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SortDirection } from '@wayfarer/kit';
import { Profile, ProfileStatus } from './profile.entity';

export enum ProfileSortField {
  FAMILY_NAME = 'nameKey',
  CREATED_AT = 'createdAt',
  UPDATED_AT = 'updatedAt',
}
registerEnumType(ProfileSortField, { name: 'ProfileSortField' });

@InputType()
export class ProfileFilter {
  @Field(() => String, { nullable: true, description: 'Start of a name (family or given first, any accents) or of an e-mail address.' })
  @IsOptional()
  @Length(1, 100)
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
