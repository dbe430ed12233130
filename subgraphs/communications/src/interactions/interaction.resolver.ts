import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AuditedMutation, byKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Interaction } from './interaction.entity';
import { InteractionService } from './interaction.service';
import { InteractionList, InteractionListArgs } from './interaction-list.args';
import { CreateInteractionInput, UpdateInteractionInput } from './interaction.input';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';

@Resolver(() => Interaction)
export class InteractionResolver {
  constructor(private readonly service: InteractionService) {}

  /** The one way a interaction is fetched by id (queries and entity references), batched per request. */
  load(id: string, context: SubgraphContext): Promise<Interaction | null> {
    return context.loaders
      .get<string, Interaction | null>('interactionById', async (ids) => byKeys(ids, await this.service.findByIds(ids), (interaction) => interaction.id))
      .load(id);
  }

  @Query(() => InteractionList)
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  async interactions(@Args() args: InteractionListArgs): Promise<InteractionList> {
    return InteractionList.of(await this.service.list(args));
  }

  @Query(() => Interaction, { nullable: true })
  @RequiresScopes([COMMUNICATIONS_SCOPES.read])
  interaction(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Interaction | null> {
    return this.load(id, context);
  }

  @Mutation(() => Interaction)
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Interaction')
  createInteraction(@Arg('input', () => CreateInteractionInput) input: CreateInteractionInput): Promise<Interaction> {
    return this.service.create(input);
  }

  @Mutation(() => Interaction)
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Interaction')
  updateInteraction(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateInteractionInput) input: UpdateInteractionInput): Promise<Interaction> {
    return this.service.update(id, input);
  }
}
