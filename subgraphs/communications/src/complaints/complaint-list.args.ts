import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SortDirection } from '@wayfarer/kit';
import { TeamCode } from '../team-code';
import { Complaint, ComplaintCategory, ComplaintStatus } from './complaint.entity';
import { ComplaintSeverity } from './complaint-sla-policy.entity';

export enum ComplaintSortField {
  CREATED_AT = 'createdAt',
  ACKNOWLEDGE_DUE_AT = 'acknowledgeDueAt',
}
registerEnumType(ComplaintSortField, { name: 'ComplaintSortField' });

@InputType()
export class ComplaintFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  profileId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TeamCode()
  team?: string;

  @Field(() => ComplaintStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintStatus)
  status?: ComplaintStatus;

  @Field(() => ComplaintCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintCategory)
  category?: ComplaintCategory;

  @Field(() => ComplaintSeverity, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintSeverity)
  severity?: ComplaintSeverity;

  @Field(() => Boolean, { nullable: true, description: 'Escalated in the current cycle.' })
  @IsOptional()
  @IsBoolean()
  escalated?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Either clock breached (now or when it stopped).' })
  @IsOptional()
  @IsBoolean()
  breached?: boolean;

  @Field(() => Date, { nullable: true, description: 'Satisfaction follow-up due before this time and not yet answered.' })
  @IsOptional()
  @IsDate()
  followUpDueBefore?: Date;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@InputType()
export class ComplaintSort {
  @Field(() => ComplaintSortField)
  @IsEnum(ComplaintSortField)
  field: ComplaintSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class ComplaintListArgs {
  @Field(() => ComplaintFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: ComplaintFilter;

  @Field(() => ComplaintSort, { nullable: true, description: 'Newest first when not given.' })
  @IsOptional()
  @ValidateNested()
  sort?: ComplaintSort;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class ComplaintList extends ListResult(Complaint) {}
