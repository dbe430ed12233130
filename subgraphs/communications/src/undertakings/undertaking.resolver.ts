import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, RequiresScopes, StaffMember, SubgraphContext } from '@wayfarer/kit';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';
import { Profile } from '../profile/profile.reference';
import { Conversation } from '../interactions/conversation.entity';
import { InteractionResolver } from '../interactions/interaction.resolver';
import { Undertaking, UndertakingStatus } from './undertaking.entity';
import { UndertakingService } from './undertaking.service';
import { MyUndertakingsArgs, UndertakingList, UndertakingListArgs } from './undertaking-list.args';
import { CloseUndertakingInput, CreateUndertakingInput, UpdateUndertakingInput } from './undertaking.input';

@Resolver(() => Undertaking)
export class UndertakingResolver {
  constructor(
    private readonly service: UndertakingService,
    private readonly interactions: InteractionResolver,
  ) {}

  /** The one way an undertaking is fetched by id (queries and entity references), batched per request. */
  load(id: string, context: SubgraphContext): Promise<Undertaking | null> {
    return context.loaders
      .get<string, Undertaking | null>('undertakingById', async (ids) => byKeys(ids, await this.service.findByIds(ids), (undertaking) => undertaking.id))
      .load(id);
  }

  @Query(() => UndertakingList, { description: 'Undertakings by owner, team, traveller, status or due time: the worklists.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async undertakings(@Args() args: UndertakingListArgs): Promise<UndertakingList> {
    return UndertakingList.of(await this.service.list(args));
  }

  @Query(() => UndertakingList, { description: 'The caller’s open undertakings, soonest due first.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async myUndertakings(@Args() args: MyUndertakingsArgs, @Ctx() context: SubgraphContext): Promise<UndertakingList> {
    return UndertakingList.of(await this.service.ofOwner(context.principal.id, args));
  }

  @Query(() => Undertaking, { nullable: true })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  undertaking(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Undertaking | null> {
    return this.load(id, context);
  }

  @FieldResolver(() => Profile, { description: 'The traveller it was promised to.' })
  profile(@Root() undertaking: Undertaking): Profile {
    return { id: undertaking.profileId };
  }

  @FieldResolver(() => Conversation, { nullable: true, description: 'The conversation it was made in.' })
  conversation(@Root() row: { conversationId: string | null }, @Ctx() context: SubgraphContext): Promise<Conversation | null> {
    return row.conversationId ? this.interactions.loadConversation(row.conversationId, context) : Promise.resolve(null);
  }

  @FieldResolver(() => StaffMember, { description: 'Who keeps the promise.' })
  owner(@Root() undertaking: Undertaking): StaffMember {
    return { id: undertaking.ownerId };
  }

  @FieldResolver(() => Boolean, { description: 'Open and past the promised time.' })
  overdue(@Root() undertaking: Undertaking): boolean {
    return undertaking.overdueAt(new Date());
  }

  @Mutation(() => Undertaking)
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Undertaking')
  createUndertaking(@Arg('input', () => CreateUndertakingInput) input: CreateUndertakingInput, @Ctx() context: SubgraphContext): Promise<Undertaking> {
    return this.service.create(input, context.principal.id);
  }

  @Mutation(() => Undertaking)
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Undertaking')
  updateUndertaking(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateUndertakingInput) input: UpdateUndertakingInput): Promise<Undertaking> {
    return this.service.update(id, input);
  }

  @Mutation(() => Undertaking, { description: 'The promise was kept.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Undertaking')
  completeUndertaking(@Arg('id', () => ID) id: string, @Arg('input', () => CloseUndertakingInput) input: CloseUndertakingInput): Promise<Undertaking> {
    return this.service.close(id, UndertakingStatus.DONE, input);
  }

  @Mutation(() => Undertaking, { description: 'The promise no longer stands.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Undertaking')
  cancelUndertaking(@Arg('id', () => ID) id: string, @Arg('input', () => CloseUndertakingInput) input: CloseUndertakingInput): Promise<Undertaking> {
    return this.service.close(id, UndertakingStatus.CANCELLED, input);
  }
}
