import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsDate, IsInt, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { TeamCode } from '../team-code';

/** What the traveller was told when the promised time was missed. */
@InputType()
export abstract class DelayExplanationInput {
  @Field(() => String, { nullable: true, description: 'The delay explanation given to the traveller; required once the undertaking is overdue.' })
  @IsOptional()
  @Length(1, 2000)
  delayNote?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether the traveller was told; required with delayNote.' })
  @IsOptional()
  @IsBoolean()
  customerTold?: boolean;

  @Field(() => Date, { nullable: true, description: 'When they were told; defaults to now when customerTold is true, and is refused when it is false.' })
  @IsOptional()
  @IsDate()
  customerToldAt?: Date;
}

@InputType()
export class CreateUndertakingInput {
  @Field(() => ID)
  @IsUUID()
  profileId: string;

  @Field({ description: 'What was promised.' })
  @Length(1, 2000)
  description: string;

  @Field({ description: 'The time promised; not in the past.' })
  @IsDate()
  dueAt: Date;

  @Field(() => ID, { nullable: true, description: 'Who keeps the promise; the caller when not given.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TeamCode()
  team?: string;

  @Field(() => ID, { nullable: true, description: 'The conversation the promise was made in.' })
  @IsOptional()
  @IsUUID()
  conversationId?: string;
}

/** On update only the fields given change; a new dueAt must not be in the past, and an overdue undertaking needs its delay explained. */
@InputType()
export class UpdateUndertakingInput extends DelayExplanationInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  dueAt?: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field(() => String, { nullable: true, description: 'null takes it off its team’s worklist.' })
  @IsOptional()
  @TeamCode()
  team?: string | null;
}

/** Marks an undertaking done or cancelled; an overdue one needs its delay explained. */
@InputType()
export class CloseUndertakingInput extends DelayExplanationInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
