import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CustomerRequirement, InteractionChannel, InteractionDirection } from './interaction-kinds';

export const MAX_SUMMARY_LENGTH = 4000;
export const MAX_OUTCOME_LENGTH = 2000;

@InputType({ description: 'A voice or video call recorded or monitored (PC3): the customer was told and agreed.' })
export class RecordingAgreementInput {
  @Field({ defaultValue: false, description: 'Needs the traveller’s CALL_RECORDING consent in force in profiles.' })
  @IsBoolean()
  recorded: boolean = false;

  @Field({ defaultValue: false })
  @IsBoolean()
  monitored: boolean = false;

  @Field({ description: 'The customer was told of the recording or monitoring and agreed: must be true.' })
  @IsBoolean()
  customerToldAndAgreed: boolean;

  @Field(() => Date, { nullable: true, description: 'When the customer agreed; the interaction’s time when not given.' })
  @IsOptional()
  @IsDate()
  agreedAt?: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The staff member who told the customer and took the agreement; the interaction’s staff member when not given.',
  })
  @IsOptional()
  @IsUUID('all')
  takenByStaffId?: string;
}

@InputType()
export class LogInteractionInput {
  @Field(() => ID)
  @IsUUID('all')
  profileId: string;

  @Field(() => ID, { nullable: true, description: 'The conversation it continues, e.g. after a switch of channel; a new one is opened when not given.' })
  @IsOptional()
  @IsUUID('all')
  conversationId?: string;

  @Field(() => InteractionChannel)
  @IsEnum(InteractionChannel)
  channel: InteractionChannel;

  @Field(() => InteractionDirection)
  @IsEnum(InteractionDirection)
  direction: InteractionDirection;

  @Field(() => CustomerRequirement)
  @IsEnum(CustomerRequirement)
  requirement: CustomerRequirement;

  @Field(() => Date, { nullable: true, description: 'Now when not given; never in the future.' })
  @IsOptional()
  @IsDate()
  occurredAt?: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  durationSeconds?: number;

  @Field(() => ID, { nullable: true, description: 'The staff member who dealt with it; the caller when not given.' })
  @IsOptional()
  @IsUUID('all')
  staffId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, MAX_SUMMARY_LENGTH)
  summary?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, MAX_OUTCOME_LENGTH)
  outcome?: string;

  @Field({ defaultValue: false, description: 'Summary and outcome readable only with communications.confidential:read (PC16).' })
  @IsBoolean()
  confidential: boolean = false;

  @Field(() => RecordingAgreementInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  recording?: RecordingAgreementInput;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateInteractionInput {
  @Field(() => Int, { description: 'The version this change was based on.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => CustomerRequirement, { nullable: true })
  @IsOptional()
  @IsEnum(CustomerRequirement)
  requirement?: CustomerRequirement;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  durationSeconds?: number;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  @IsOptional()
  @MaxLength(MAX_SUMMARY_LENGTH)
  summary?: string;

  @Field(() => String, { nullable: true, description: 'An empty string clears it.' })
  @IsOptional()
  @MaxLength(MAX_OUTCOME_LENGTH)
  outcome?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;
}
