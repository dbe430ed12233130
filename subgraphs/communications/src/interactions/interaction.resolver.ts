import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, Classification, Classified, ForbiddenError, RequiresScopes, StaffMember, SubgraphContext } from '@wayfarer/kit';
import { Interaction } from './interaction.entity';
import { Conversation } from './conversation.entity';
import { InteractionService, readsConfidential } from './interaction.service';
import { ConversationList, ConversationListArgs, InteractionList, InteractionListArgs } from './interaction-list.args';
import { LogInteractionInput, UpdateInteractionInput } from './interaction.input';
import { RecordingAgreement } from './recording-agreement.types';
import { Profile } from '../profile/profile.reference';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';

@Resolver(() => Interaction)
export class InteractionResolver {
  constructor(private readonly service: InteractionService) {}

  /** The one way an interaction is fetched by id (queries, entity references, the timeline), batched per request. */
  load(id: string, context: SubgraphContext): Promise<Interaction | null> {
    return context.loaders
      .get<string, Interaction | null>('interactionById', async (ids) => byKeys(ids, await this.service.findByIds(ids), (interaction) => interaction.id))
      .load(id);
  }

  loadConversation(id: string, context: SubgraphContext): Promise<Conversation | null> {
    return context.loaders
      .get<string, Conversation | null>('conversationById', async (ids) =>
        byKeys(ids, await this.service.findConversationsByIds(ids), (conversation) => conversation.id),
      )
      .load(id);
  }

  @Query(() => InteractionList)
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async interactions(@Args() args: InteractionListArgs, @Ctx() context: SubgraphContext): Promise<InteractionList> {
    return InteractionList.of(await this.service.list(args, context.principal));
  }

  @Query(() => InteractionList, { description: 'Only the interactions marked confidential (PC16), for those who may read them.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.readConfidential])
  async confidentialInteractions(@Args() args: InteractionListArgs, @Ctx() context: SubgraphContext): Promise<InteractionList> {
    return InteractionList.of(await this.service.list(args, context.principal, { confidentialOnly: true }));
  }

  @Query(() => Interaction, { nullable: true })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  interaction(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Interaction | null> {
    return this.load(id, context);
  }

  @Mutation(() => Interaction, { description: 'Logs a contact with a traveller, in a new conversation unless conversationId continues one.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Interaction')
  logInteraction(@Arg('input', () => LogInteractionInput) input: LogInteractionInput, @Ctx() context: SubgraphContext): Promise<Interaction> {
    return this.service.log(input, context.principal);
  }

  @Mutation(() => Interaction)
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Interaction')
  updateInteraction(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateInteractionInput) input: UpdateInteractionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Interaction> {
    return this.service.update(id, input, context.principal);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null with FORBIDDEN on a confidential interaction without communications.confidential:read.' })
  @Classified(Classification.Personal)
  summary(@Root() interaction: Interaction, @Ctx() context: SubgraphContext): string | null {
    return this.confidentialField(interaction, context, 'summary');
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null with FORBIDDEN on a confidential interaction without communications.confidential:read.' })
  @Classified(Classification.Personal)
  outcome(@Root() interaction: Interaction, @Ctx() context: SubgraphContext): string | null {
    return this.confidentialField(interaction, context, 'outcome');
  }

  @FieldResolver(() => Conversation)
  async conversation(@Root() interaction: Interaction, @Ctx() context: SubgraphContext): Promise<Conversation> {
    const conversation = await this.loadConversation(interaction.conversationId, context);
    if (!conversation) throw new Error(`conversation ${interaction.conversationId} of interaction ${interaction.id} is missing`);
    return conversation;
  }

  @FieldResolver(() => Profile, { nullable: true, description: 'Null once the traveller is erased.' })
  profile(@Root() interaction: Interaction): Profile | null {
    return interaction.profileId ? { id: interaction.profileId } : null;
  }

  @FieldResolver(() => StaffMember, {
    nullable: true,
    description: 'Null when no staff member logged it (e-mail captured by the service): access resolves only staff members.',
  })
  staffMember(@Root() interaction: Interaction): StaffMember {
    return { id: interaction.staffId };
  }

  @FieldResolver(() => RecordingAgreement, { nullable: true, description: 'Present when the call was recorded or monitored.' })
  recordingAgreement(@Root() interaction: Interaction): RecordingAgreement | null {
    if (!interaction.customerAgreedAt || !interaction.agreementTakenBy) return null;
    return {
      recorded: interaction.recorded,
      monitored: interaction.monitored,
      agreedAt: interaction.customerAgreedAt,
      takenBy: { id: interaction.agreementTakenBy },
    };
  }

  /** Row-level rather than a scope on the field, so every requested field still appears: a withheld one is null with FORBIDDEN. Reading one is audited. */
  private confidentialField(interaction: Interaction, context: SubgraphContext, field: 'summary' | 'outcome'): string | null {
    if (!interaction.confidential) return interaction[field];
    if (!readsConfidential(context.principal)) throw new ForbiddenError('A confidential interaction is readable only with communications.confidential:read');
    context.audit.read('ConfidentialInteraction', interaction.id, field);
    return interaction[field];
  }
}

@Resolver(() => Conversation)
export class ConversationResolver {
  constructor(
    private readonly service: InteractionService,
    private readonly interactionResolver: InteractionResolver,
  ) {}

  @Query(() => ConversationList, { description: 'A traveller’s conversations, the most recently active first.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async conversations(@Args() args: ConversationListArgs): Promise<ConversationList> {
    return ConversationList.of(await this.service.listConversations(args));
  }

  @Query(() => Conversation, { nullable: true })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  conversation(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Conversation | null> {
    return this.interactionResolver.loadConversation(id, context);
  }

  @FieldResolver(() => InteractionList, { description: 'Its interactions on every channel, newest first unless asked.' })
  async interactions(@Root() conversation: Conversation, @Args() args: InteractionListArgs, @Ctx() context: SubgraphContext): Promise<InteractionList> {
    return InteractionList.of(await this.service.list({ ...args, filter: { ...args.filter, conversationId: conversation.id } }, context.principal));
  }

  @FieldResolver(() => Profile, { nullable: true, description: 'Null once the traveller is erased.' })
  profile(@Root() conversation: Conversation): Profile | null {
    return conversation.profileId ? { id: conversation.profileId } : null;
  }

  @FieldResolver(() => StaffMember)
  openedBy(@Root() conversation: Conversation): StaffMember {
    return { id: conversation.openedBy };
  }
}
