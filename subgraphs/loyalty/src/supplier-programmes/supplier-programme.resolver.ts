import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AuditedMutation, byKeys, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { SupplierProgramme } from './supplier-programme.entity';
import { SupplierProgrammeService } from './supplier-programme.service';
import { SupplierProgrammeList, SupplierProgrammeListArgs } from './supplier-programme-list.args';
import { CreateSupplierProgrammeInput, UpdateSupplierProgrammeInput } from './supplier-programme.input';
import { LOYALTY_SCOPES } from '../loyalty.scopes';

@Resolver(() => SupplierProgramme)
export class SupplierProgrammeResolver {
  constructor(private readonly service: SupplierProgrammeService) {}

  /** The one way a supplier programme is fetched by id (queries, entity references, memberships), batched per request. */
  load(id: string, context: SubgraphContext): Promise<SupplierProgramme | null> {
    return context.loaders
      .get<string, SupplierProgramme | null>('supplierProgrammeById', async (ids) =>
        byKeys(ids, await this.service.findByIds(ids), (programme) => programme.id),
      )
      .load(id);
  }

  @Query(() => SupplierProgrammeList)
  @RequiresScopes([LOYALTY_SCOPES.read])
  async supplierProgrammes(@Args() args: SupplierProgrammeListArgs): Promise<SupplierProgrammeList> {
    return SupplierProgrammeList.of(await this.service.list(args));
  }

  @Query(() => SupplierProgramme, { nullable: true })
  @RequiresScopes([LOYALTY_SCOPES.read])
  supplierProgramme(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<SupplierProgramme | null> {
    return this.load(id, context);
  }

  @Mutation(() => SupplierProgramme)
  @RequiresScopes([LOYALTY_SCOPES.admin])
  @AuditedMutation('SupplierProgramme')
  createSupplierProgramme(@Arg('input', () => CreateSupplierProgrammeInput) input: CreateSupplierProgrammeInput): Promise<SupplierProgramme> {
    return this.service.create(input);
  }

  @Mutation(() => SupplierProgramme)
  @RequiresScopes([LOYALTY_SCOPES.admin])
  @AuditedMutation('SupplierProgramme')
  updateSupplierProgramme(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateSupplierProgrammeInput) input: UpdateSupplierProgrammeInput,
  ): Promise<SupplierProgramme> {
    return this.service.update(id, input);
  }
}
