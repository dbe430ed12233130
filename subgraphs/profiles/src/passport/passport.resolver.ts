import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Classification, Classified, RequiresScopes } from '@wayfarer/kit';
import { Passport } from './passport.entity';
import { PassportService } from './passport.service';
import { PROFILE_SCOPES } from '../profile/profile.scopes';

@Resolver(() => Passport)
export class PassportResolver {
  constructor(private readonly passports: PassportService) {}

  @FieldResolver(() => String, { description: 'The last characters only; readable by everyone who may read the profile.' })
  numberMasked(@Root() passport: Passport): string {
    return this.passports.masked(passport);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The full number; needs profiles.documents:read.' })
  @RequiresScopes([PROFILE_SCOPES.readDocuments])
  @Classified(Classification.Identifier)
  number(@Root() passport: Passport): string {
    return this.passports.number(passport);
  }
}
