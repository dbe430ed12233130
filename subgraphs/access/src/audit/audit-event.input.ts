import { ArrayMaxSize, IsDate, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { AuditOutcome } from '@wayfarer/kit';

const MAX_SUBJECTS = 5_000;

@InputType({ description: 'An audit event as a subgraph recorded it; recording the same id twice keeps the first.' })
export class AuditEventInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Date)
  @IsDate()
  occurredAt: Date;

  @Field(() => String)
  @IsString()
  @MaxLength(64)
  service: string;

  @Field(() => String)
  @IsString()
  @MaxLength(128)
  actorId: string;

  @Field(() => String)
  @IsIn(['staff', 'partner', 'service', 'anonymous'])
  actorKind: string;

  @Field(() => String)
  @IsString()
  @MaxLength(200)
  client: string;

  @Field(() => String)
  @IsString()
  @MaxLength(128)
  operation: string;

  @Field(() => String)
  @IsString()
  @MaxLength(64)
  subjectType: string;

  @Field(() => [String])
  @ArrayMaxSize(MAX_SUBJECTS)
  @IsString({ each: true })
  @MaxLength(128, { each: true })
  subjectIds: string[];

  @Field(() => [String])
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @MaxLength(128, { each: true })
  fields: string[];

  @Field(() => String)
  @IsIn(['success', 'failure'])
  outcome: AuditOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  errorCode?: string | null;
}
