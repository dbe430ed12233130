import { Arg, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { AuditedMutation, RequiresScopes, SubgraphContext, ValidationFailedError } from '@wayfarer/kit';
import { COMMUNICATIONS_SCOPES } from '../communications.scopes';
import { ProfileAgreementService } from './profile-agreement.service';
import { ProfileSummaryRequest } from './profile-summary-request.entity';

@ObjectType()
export class ProfileConfirmation {
  @Field({ description: 'Whether the profile is now recorded as verified by the traveller.' })
  confirmed: boolean;

  @Field({ description: 'Whether the corrections they asked for were passed to the consultant.' })
  correctionRequested: boolean;
}

@Resolver()
export class ProfileAgreementResolver {
  constructor(private readonly service: ProfileAgreementService) {}

  @Mutation(() => ProfileSummaryRequest, {
    description:
      'E-mails the traveller a summary of their profile (documents masked) in their language with a link to confirm it or ask for corrections (PPLTT26 PC6).',
  })
  @RequiresScopes([COMMUNICATIONS_SCOPES.write])
  @AuditedMutation('Profile')
  sendProfileSummary(@Arg('profileId', () => ID) profileId: string, @Ctx() { principal }: SubgraphContext): Promise<ProfileSummaryRequest> {
    return this.service.send(profileId, principal);
  }

  /**
   * Open to anyone holding a link, as the signed token is the credential: the gateway's
   * `/profile-confirmation` page calls it. It answers only whether it was recorded, so the link reads nothing.
   */
  @Mutation(() => ProfileConfirmation, {
    description: 'Follows a profile summary link: without a correction the traveller confirms the profile; with one, it goes to the consultant.',
  })
  async confirmProfile(
    @Arg('token', () => String) token: string,
    @Arg('correction', () => String, { nullable: true }) correction: string | null,
    @Ctx() { audit }: SubgraphContext,
  ): Promise<ProfileConfirmation> {
    const outcome = await this.service.answer(token, correction);
    if (!outcome) {
      audit.change('confirmProfile', 'Profile', [], ['token'], 'BAD_USER_INPUT');
      throw ValidationFailedError.single('token', 'genuineUnexpired', 'is not a genuine profile confirmation link, has expired or was used already');
    }
    audit.change('confirmProfile', 'Profile', [outcome.profileId], outcome.correctionUndertakingId ? ['correction'] : ['confirmed']);
    return { confirmed: outcome.confirmed, correctionRequested: outcome.correctionUndertakingId !== null };
  }
}
