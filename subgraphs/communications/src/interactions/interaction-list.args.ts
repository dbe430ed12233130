import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ListResult, PageInput, SearchText, SortDirection } from '@wayfarer/kit';
import { Interaction } from './interaction.entity';
import { Conversation } from './conversation.entity';
import { CustomerRequirement, InteractionChannel } from './interaction-kinds';

@InputType()
export class InteractionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  profileId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  conversationId?: string;

  @Field(() => InteractionChannel, { nullable: true })
  @IsOptional()
  @IsEnum(InteractionChannel)
  channel?: InteractionChannel;

  @Field(() => CustomerRequirement, { nullable: true })
  @IsOptional()
  @IsEnum(CustomerRequirement)
  requirement?: CustomerRequirement;

  @Field(() => ID, { nullable: true, description: 'The staff member who dealt with it.' })
  @IsOptional()
  @IsUUID('all')
  staffId?: string;

  @Field(() => Date, { nullable: true, description: 'Occurred at or after.' })
  @IsOptional()
  @IsDate()
  occurredFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Occurred before.' })
  @IsOptional()
  @IsDate()
  occurredBefore?: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the summary or outcome, within profileId or conversationId; confidential interactions only with communications.confidential:read.',
  })
  @IsOptional()
  @SearchText()
  search?: string;
}

@ArgsType()
export class InteractionListArgs {
  @Field(() => InteractionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: InteractionFilter;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'By time of the interaction; newest first unless asked.' })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.DESC;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class InteractionList extends ListResult(Interaction) {}

@InputType()
export class ConversationFilter {
  @Field(() => ID)
  @IsUUID('all')
  profileId: string;
}

@ArgsType()
export class ConversationListArgs {
  @Field(() => ConversationFilter)
  @ValidateNested()
  filter: ConversationFilter;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType()
export class ConversationList extends ListResult(Conversation) {}
