import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, ValidateNested } from 'class-validator';
import { AuditedMutation, Classification, Classified, ListResult, PageInput, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';
import { Profile } from '../profile/profile.reference';
import { Interaction } from '../interactions/interaction.entity';
import { InteractionResolver } from '../interactions/interaction.resolver';
import { InboundEmail } from './inbound-email.entity';
import { InboundEmailService } from './inbound-email.service';
import { AssignInboundEmailInput, InboundEmailFilter } from './inbound-email.types';

@ArgsType()
class InboundEmailListArgs {
  @Field(() => InboundEmailFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: InboundEmailFilter;

  @Field(() => PageInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  page?: PageInput;
}

@ObjectType({ description: 'Newest first.' })
class InboundEmailList extends ListResult(InboundEmail) {}

@Resolver(() => InboundEmail)
export class InboundEmailResolver {
  constructor(
    private readonly service: InboundEmailService,
    private readonly interactions: InteractionResolver,
  ) {}

  @Query(() => InboundEmailList, { description: 'Captured e-mail; `filter: { status: TRIAGE }` is the triage queue.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async inboundEmails(@Args() args: InboundEmailListArgs): Promise<InboundEmailList> {
    return InboundEmailList.of(await this.service.list(args.filter?.status, args.page));
  }

  @Query(() => InboundEmail, { nullable: true })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async inboundEmail(@Arg('id', () => ID) id: string): Promise<InboundEmail | null> {
    return (await this.service.findByIds([id]))[0] ?? null;
  }

  @Mutation(() => InboundEmail, { description: 'Files an e-mail waiting in triage on the traveller’s timeline, as an inbound e-mail interaction you filed.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('InboundEmail')
  assignInboundEmail(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AssignInboundEmailInput,
    @Ctx() { principal }: SubgraphContext,
  ): Promise<InboundEmail> {
    return this.service.assign(id, input, principal);
  }

  @Mutation(() => InboundEmail, { description: 'Takes an e-mail out of triage for good; its addresses, subject and text are removed.' })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('InboundEmail')
  discardInboundEmail(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() { principal }: SubgraphContext,
  ): Promise<InboundEmail> {
    return this.service.discard(id, expectedVersion, principal);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The From address; null once discarded or the traveller erased.' })
  @Classified(Classification.Contact)
  from(@Root() email: InboundEmail): string | null {
    return email.fromAddress;
  }

  @FieldResolver(() => String, { nullable: true, description: 'For a forwarded message, the sender of the message forwarded.' })
  @Classified(Classification.Contact)
  originalSender(@Root() email: InboundEmail): string | null {
    return email.originalSender;
  }

  @FieldResolver(() => String, { nullable: true })
  @Classified(Classification.Personal)
  subject(@Root() email: InboundEmail): string | null {
    return email.subject;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The plain-text body.' })
  @Classified(Classification.Personal)
  textBody(@Root() email: InboundEmail): string | null {
    return email.textBody;
  }

  @FieldResolver(() => Profile, { nullable: true, description: 'The traveller it was filed for; null while in triage.' })
  profile(@Root() email: InboundEmail): Profile | null {
    return email.profileId ? { id: email.profileId } : null;
  }

  @FieldResolver(() => Interaction, { nullable: true, description: 'The e-mail interaction on the traveller’s timeline; null while in triage.' })
  interaction(@Root() email: InboundEmail, @Ctx() context: SubgraphContext): Promise<Interaction | null> | null {
    return email.interactionId ? this.interactions.load(email.interactionId, context) : null;
  }
}
