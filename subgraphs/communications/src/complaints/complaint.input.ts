import { Field, ID, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { TeamCode } from '../team-code';
import { ComplaintCategory, ComplaintStatus } from './complaint.entity';
import { ComplaintSeverity } from './complaint-sla-policy.entity';

@InputType()
export class OpenComplaintInput {
  @Field(() => ID)
  @IsUUID()
  profileId: string;

  @Field()
  @Length(1, 200)
  subject: string;

  @Field()
  @Length(1, 4000)
  description: string;

  @Field(() => ComplaintCategory)
  @IsEnum(ComplaintCategory)
  category: ComplaintCategory;

  @Field(() => ComplaintSeverity, { description: 'Sets the clocks’ targets (see complaintSlaPolicy).' })
  @IsEnum(ComplaintSeverity)
  severity: ComplaintSeverity;

  @Field(() => ID, { nullable: true, description: 'Who handles it; the caller when not given.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TeamCode()
  team?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  conversationId?: string;
}

/** Only the fields given change; a new severity moves the clocks’ targets under the current policy. */
@InputType()
export class UpdateComplaintInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  subject?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 4000)
  description?: string;

  @Field(() => ComplaintCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintCategory)
  category?: ComplaintCategory;

  @Field(() => ComplaintSeverity, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintSeverity)
  severity?: ComplaintSeverity;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => String, { nullable: true, description: 'null takes it off its team’s worklist.' })
  @IsOptional()
  @TeamCode()
  team?: string | null;
}

@InputType()
export class TransitionComplaintInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ComplaintStatus, { description: 'Where the complaint moves; the workflow says from where (see ComplaintStatus).' })
  @IsEnum(ComplaintStatus)
  to: ComplaintStatus;

  @Field(() => String, { nullable: true, description: 'Why, for the record.' })
  @IsOptional()
  @Length(1, 2000)
  note?: string;

  @Field(() => String, { nullable: true, description: 'Required to move to RESOLVED, and given only then.' })
  @IsOptional()
  @Length(1, 4000)
  resolution?: string;
}

@InputType()
export class RecordComplaintSatisfactionInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' })
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  comment?: string;
}
