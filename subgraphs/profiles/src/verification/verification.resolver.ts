import { Arg, Ctx, ID, Int, Mutation, registerEnumType, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes, SubgraphContext } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { CustomerVerificationChannel, VerificationService } from './verification.service';

registerEnumType(CustomerVerificationChannel, { name: 'CustomerVerificationChannel' });

@Resolver(() => Profile)
export class VerificationResolver {
  constructor(private readonly verification: VerificationService) {}

  @Mutation(() => Profile, { description: 'Records that you checked the profile with the traveller today; sets the next review due.' })
  @RequiresScopes([PROFILE_SCOPES.write])
  @AuditedMutation('Profile')
  verifyProfile(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() context: SubgraphContext,
  ): Promise<Profile> {
    return this.verification.verify(id, expectedVersion, context.principal);
  }

  @Mutation(() => Date, {
    nullable: true,
    description:
      'The traveller confirmed their profile themselves through the channel (services only); when it was recorded, null for an erased or merged traveller.',
  })
  @RequiresScopes([PROFILE_SCOPES.recordCustomerVerification])
  @AuditedMutation('Profile')
  confirmProfileByCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('channel', () => CustomerVerificationChannel) channel: CustomerVerificationChannel,
    @Ctx() context: SubgraphContext,
  ): Promise<Date | null> {
    return this.verification.confirmByCustomer(id, channel, context.principal);
  }
}
