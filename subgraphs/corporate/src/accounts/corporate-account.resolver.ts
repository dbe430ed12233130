import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, byKeys, ForbiddenError, PageInput, RequiresScopes, StaffMember, SubgraphContext } from '@wayfarer/kit';
import { CorporateAccount } from './corporate-account.entity';
import { CorporateAccountService } from './corporate-account.service';
import { CorporateAccountList, CorporateAccountListArgs } from './corporate-account-list.args';
import { CreateCorporateAccountInput, UpdateCorporateAccountInput } from './corporate-account.input';
import { CORPORATE_SCOPES } from '../corporate.scopes';
import { assertMayReadAccounts } from '../partner-scope';
import { TravelPolicy } from '../policies/travel-policy.entity';
import { TravelPolicyService } from '../policies/travel-policy.service';
import { AccountTravellerFilter, EmploymentList } from '../employment/employment-list.types';
import { EmploymentService } from '../employment/employment.service';

@Resolver(() => CorporateAccount)
export class CorporateAccountResolver {
  constructor(
    private readonly accounts: CorporateAccountService,
    private readonly policies: TravelPolicyService,
    private readonly employments: EmploymentService,
  ) {}

  /** The one way an account is fetched by id, batched per request; partners only reach their own. */
  load(id: string, context: SubgraphContext): Promise<CorporateAccount | null> {
    assertMayReadAccounts(context.principal, [id]);
    return context.loaders
      .get<string, CorporateAccount | null>('accountById', async (ids) => byKeys(ids, await this.accounts.findByIds(ids), (account) => account.id))
      .load(id);
  }

  @Query(() => CorporateAccountList)
  @RequiresScopes([CORPORATE_SCOPES.read])
  async corporateAccounts(@Args() args: CorporateAccountListArgs, @Ctx() context: SubgraphContext): Promise<CorporateAccountList> {
    return CorporateAccountList.of(await this.accounts.list(args, context.principal));
  }

  @Query(() => CorporateAccount, { nullable: true })
  @RequiresScopes([CORPORATE_SCOPES.read])
  corporateAccount(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<CorporateAccount | null> {
    return this.load(id, context);
  }

  @FieldResolver(() => StaffMember, { nullable: true, description: 'Staff only: partners never reach staff records.' })
  accountManager(@Root() account: CorporateAccount, @Ctx() context: SubgraphContext): StaffMember | null {
    if (context.principal.kind === 'partner') throw new ForbiddenError('Partner clients do not see staff records');
    return account.accountManagerId ? { id: account.accountManagerId } : null;
  }

  @FieldResolver(() => [TravelPolicy], { description: 'The account policy and its overrides.' })
  travelPolicies(@Root() account: CorporateAccount, @Ctx() context: SubgraphContext): Promise<TravelPolicy[]> {
    return context.loaders
      .get<string, TravelPolicy[]>('policiesByAccount', async (ids) => {
        const rows = await this.policies.policiesOfAccounts(ids);
        return ids.map((id) => rows.filter((row) => row.accountId === id));
      })
      .load(account.id);
  }

  @FieldResolver(() => EmploymentList, { description: 'Travellers linked to the account today.' })
  async travellers(
    @Root() account: CorporateAccount,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('filter', () => AccountTravellerFilter, { nullable: true }) filter?: AccountTravellerFilter,
  ): Promise<EmploymentList> {
    return EmploymentList.of(await this.employments.travellersOf(account.id, filter ?? undefined, page ?? undefined));
  }

  @Mutation(() => CorporateAccount)
  @RequiresScopes([CORPORATE_SCOPES.write])
  @AuditedMutation('CorporateAccount')
  createCorporateAccount(@Arg('input', () => CreateCorporateAccountInput) input: CreateCorporateAccountInput): Promise<CorporateAccount> {
    return this.accounts.create(input);
  }

  @Mutation(() => CorporateAccount)
  @RequiresScopes([CORPORATE_SCOPES.write])
  @AuditedMutation('CorporateAccount')
  updateCorporateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCorporateAccountInput) input: UpdateCorporateAccountInput,
  ): Promise<CorporateAccount> {
    return this.accounts.update(id, input);
  }
}
