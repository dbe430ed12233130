import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, groupByKeys, RequiresScopes, StaffMember, SubgraphContext } from '@wayfarer/kit';
import { Referral, ReferralStatus } from './referral.entity';
import { ReferralService } from './referral.service';
import { MyReferralsArgs, ReferConversationInput, ReferralChangeInput, ReferralList, ReferralListArgs } from './referral.input';
import { Conversation } from '../interactions/conversation.entity';
import { InteractionResolver } from '../interactions/interaction.resolver';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';

const staff = (id: string | null): StaffMember | null => (id ? { id } : null);

@Resolver(() => Referral)
export class ReferralResolver {
  constructor(
    private readonly service: ReferralService,
    private readonly interactionResolver: InteractionResolver,
  ) {}

  @Query(() => ReferralList, { description: 'Referrals to a colleague, a team or of a conversation: a worklist, oldest first.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async referrals(@Args() args: ReferralListArgs): Promise<ReferralList> {
    return ReferralList.of(await this.service.list(args.filter ?? {}, args.page));
  }

  @Query(() => ReferralList, { description: 'The caller’s worklist of referrals, oldest first.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async myReferrals(@Args() args: MyReferralsArgs, @Ctx() context: SubgraphContext): Promise<ReferralList> {
    const statuses = args.status ? [args.status] : [ReferralStatus.OPEN, ReferralStatus.ACCEPTED];
    return ReferralList.of(await this.service.list({ toStaffId: context.principal.id, statuses }, args.page));
  }

  @Mutation(() => Referral, { description: 'Refers a conversation to a colleague or a team (PC14); it lands in their worklist.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Referral')
  referConversation(@Arg('input', () => ReferConversationInput) input: ReferConversationInput, @Ctx() context: SubgraphContext): Promise<Referral> {
    return this.service.refer(input, context.principal);
  }

  @Mutation(() => Referral)
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Referral')
  acceptReferral(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReferralChangeInput) input: ReferralChangeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Referral> {
    return this.service.accept(id, input.expectedVersion, context.principal);
  }

  @Mutation(() => Referral)
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Referral')
  closeReferral(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReferralChangeInput) input: ReferralChangeInput,
    @Ctx() context: SubgraphContext,
  ): Promise<Referral> {
    return this.service.close(id, input.expectedVersion, context.principal);
  }

  @FieldResolver(() => Conversation)
  async conversation(@Root() referral: Referral, @Ctx() context: SubgraphContext): Promise<Conversation> {
    const conversation = await this.interactionResolver.loadConversation(referral.conversationId, context);
    if (!conversation) throw new Error(`conversation ${referral.conversationId} of referral ${referral.id} is missing`);
    return conversation;
  }

  @FieldResolver(() => StaffMember)
  fromStaff(@Root() referral: Referral): StaffMember {
    return { id: referral.fromStaffId };
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'The colleague it was referred to, or who accepted a team’s referral.' })
  toStaff(@Root() referral: Referral): StaffMember | null {
    return staff(referral.toStaffId);
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  acceptedBy(@Root() referral: Referral): StaffMember | null {
    return staff(referral.acceptedBy);
  }

  @FieldResolver(() => StaffMember, { nullable: true })
  closedBy(@Root() referral: Referral): StaffMember | null {
    return staff(referral.closedBy);
  }
}

@Resolver(() => Conversation)
export class ConversationReferralsResolver {
  constructor(private readonly service: ReferralService) {}

  @FieldResolver(() => [Referral])
  referrals(@Root() conversation: Conversation, @Ctx() context: SubgraphContext): Promise<Referral[]> {
    return context.loaders
      .get<string, Referral[]>('referralsByConversation', async (ids) =>
        groupByKeys(ids, await this.service.findByConversations(ids), (referral) => referral.conversationId),
      )
      .load(conversation.id);
  }
}
