import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { AuditedMutation, DateScalar, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Employment } from './employment.entity';
import { EmploymentService } from './employment.service';
import { LinkTravellerInput } from './link-traveller.input';
import { CorporateAccount } from '../accounts/corporate-account.entity';
import { CorporateAccountResolver } from '../accounts/corporate-account.resolver';
import { Profile } from '../compliance/profile.reference';
import { CORPORATE_SCOPES } from '../corporate.scopes';

@Resolver(() => Employment)
export class EmploymentResolver {
  constructor(
    private readonly employments: EmploymentService,
    private readonly accounts: CorporateAccountResolver,
  ) {}

  @FieldResolver(() => CorporateAccount, { nullable: true })
  account(@Root() employment: Employment, @Ctx() context: SubgraphContext): Promise<CorporateAccount | null> {
    return this.accounts.load(employment.accountId, context);
  }

  @FieldResolver(() => Profile, { nullable: true, description: 'The traveller.' })
  profile(@Root() employment: Employment): Profile {
    return { id: employment.profileId };
  }

  @Mutation(() => Employment, { description: 'Links a traveller to an account; the link open when it starts ends the day before.' })
  @RequiresScopes([CORPORATE_SCOPES.write])
  @AuditedMutation('Employment')
  linkTraveller(@Arg('input', () => LinkTravellerInput) input: LinkTravellerInput): Promise<Employment> {
    return this.employments.link(input);
  }

  @Mutation(() => Employment)
  @RequiresScopes([CORPORATE_SCOPES.write])
  @AuditedMutation('Employment')
  endEmployment(@Arg('id', () => ID) id: string, @Arg('validTo', () => DateScalar) validTo: string): Promise<Employment> {
    return this.employments.end(id, validTo);
  }
}
