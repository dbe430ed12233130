import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditedMutation, DateScalar, RequiresScopes, SubgraphContext, utcToday } from '@wayfarer/kit';
import { LoyaltyScheme, LoyaltySchemeVersion } from './loyalty-scheme.entity';
import { LoyaltySchemeService } from './loyalty-scheme.service';
import { ReviseLoyaltySchemeInput } from './loyalty-scheme.input';
import { addDays, versionOn } from './scheme-rules';
import { LOYALTY_SCOPES } from '../loyalty.scopes';

@Resolver(() => LoyaltyScheme)
export class LoyaltySchemeResolver {
  constructor(private readonly schemes: LoyaltySchemeService) {}

  /** Every version, oldest first, read once per request whoever asks (members' status, earns, the scheme itself). */
  versions(context: SubgraphContext): Promise<LoyaltySchemeVersion[]> {
    return context.loaders
      .get<string, LoyaltySchemeVersion[]>('loyaltySchemeVersions', async (keys) => {
        const versions = await this.schemes.versions();
        return keys.map(() => versions);
      })
      .load('all');
  }

  @Query(() => LoyaltyScheme)
  @RequiresScopes([LOYALTY_SCOPES.read])
  loyaltyScheme(): Promise<LoyaltyScheme> {
    return this.schemes.scheme();
  }

  @FieldResolver(() => [LoyaltySchemeVersion], { name: 'versions', description: 'Every version, newest first.' })
  async versionHistory(@Ctx() context: SubgraphContext): Promise<LoyaltySchemeVersion[]> {
    return [...(await this.versions(context))].reverse();
  }

  @FieldResolver(() => LoyaltySchemeVersion, { nullable: true, description: 'The version in force on the date (default today); null before the first.' })
  async versionOn(@Ctx() context: SubgraphContext, @Arg('date', () => DateScalar, { nullable: true }) date?: string): Promise<LoyaltySchemeVersion | null> {
    return versionOn(await this.versions(context), date ?? utcToday());
  }

  @Mutation(() => LoyaltyScheme, { description: 'New rules from a date; the version before stays in force until then.' })
  @RequiresScopes([LOYALTY_SCOPES.admin])
  @AuditedMutation('LoyaltyScheme')
  reviseLoyaltyScheme(@Arg('input', () => ReviseLoyaltySchemeInput) input: ReviseLoyaltySchemeInput, @Ctx() context: SubgraphContext): Promise<LoyaltyScheme> {
    return this.schemes.revise(input, context.principal);
  }
}

@Resolver(() => LoyaltySchemeVersion)
export class LoyaltySchemeVersionResolver {
  constructor(private readonly schemes: LoyaltySchemeResolver) {}

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Last day in force; null while no later version is due.' })
  async effectiveTo(@Root() version: LoyaltySchemeVersion, @Ctx() context: SubgraphContext): Promise<string | null> {
    const next = (await this.schemes.versions(context)).find((other) => other.effectiveFrom > version.effectiveFrom);
    return next ? addDays(next.effectiveFrom, -1) : null;
  }
}
