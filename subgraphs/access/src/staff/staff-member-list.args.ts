import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ListResult, SortDirection, SearchText } from '@wayfarer/kit';
import { StaffMember } from './staff-member.entity';

@InputType()
export class StaffMemberFilter {
  @Field(() => String, { nullable: true, description: 'Start of the username or display name.' })
  @IsOptional()
  @SearchText(200)
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  role?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export enum StaffMemberSortField {
  USERNAME = 'username',
  CREATED_AT = 'createdAt',
}
registerEnumType(StaffMemberSortField, { name: 'StaffMemberSortField' });

@InputType()
export class StaffMemberSort {
  @Field(() => StaffMemberSortField)
  @IsEnum(StaffMemberSortField)
  field: StaffMemberSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ObjectType()
export class StaffMemberList extends ListResult(StaffMember) {}
