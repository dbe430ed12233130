import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AuditedMutation, byKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { __Entity__ } from './__entity_file__.entity';
import { __Entity__Service } from './__entity_file__.service';
import { __Entity__List, __Entity__ListArgs } from './__entity_file__-list.args';
import { Create__Entity__Input, Update__Entity__Input } from './__entity_file__.input';
import { __SCOPES_CONST__ } from '../__name__.scopes';

@Resolver(() => __Entity__)
export class __Entity__Resolver {
  constructor(private readonly service: __Entity__Service) {}

  /** The one way a __label__ is fetched by id (queries and entity references), batched per request. */
  load(id: string, context: SubgraphContext): Promise<__Entity__ | null> {
    return context.loaders
      .get<string, __Entity__ | null>('__entity__ById', async (ids) => byKeys(ids, await this.service.findByIds(ids), (__entity__) => __entity__.id))
      .load(id);
  }

  @Query(() => __Entity__List)
  @RequiresScopes([__SCOPES_CONST__.read])
  async __entities__(@Args() args: __Entity__ListArgs): Promise<__Entity__List> {
    return __Entity__List.of(await this.service.list(args));
  }

  @Query(() => __Entity__, { nullable: true })
  @RequiresScopes([__SCOPES_CONST__.read])
  __entity__(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<__Entity__ | null> {
    return this.load(id, context);
  }

  @Mutation(() => __Entity__)
  @RequiresScopes([__SCOPES_CONST__.write])
  @AuditedMutation('__Entity__')
  create__Entity__(@Arg('input', () => Create__Entity__Input) input: Create__Entity__Input): Promise<__Entity__> {
    return this.service.create(input);
  }

  @Mutation(() => __Entity__)
  @RequiresScopes([__SCOPES_CONST__.write])
  @AuditedMutation('__Entity__')
  update__Entity__(@Arg('id', () => ID) id: string, @Arg('input', () => Update__Entity__Input) input: Update__Entity__Input): Promise<__Entity__> {
    return this.service.update(id, input);
  }
}
