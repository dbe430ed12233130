import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SubgraphContext, ValidationFailedError } from '@wayfarer/kit';
import type { CommunicationsSettings } from '../communications.config';
import { ProfilesAudience } from './profiles-audience';
import { UnsubscribeLinks } from './unsubscribe-link';
import { UnsubscribeOutcome } from './campaign-dry-run.types';

@Resolver()
export class UnsubscribeResolver {
  constructor(
    private readonly audiences: ProfilesAudience,
    private readonly settings: () => CommunicationsSettings,
  ) {}

  /**
   * Open to anyone holding a link, as the signed token is the credential: the gateway's `/unsubscribe`
   * page calls it. Audited here rather than with `AuditedMutation`, because the subject is the
   * traveller the token names, which only a genuine token tells.
   */
  @Mutation(() => UnsubscribeOutcome, {
    description: 'Follows an unsubscribe link: the traveller’s marketing consent for the link’s channel is withdrawn at once.',
  })
  async unsubscribe(@Arg('token', () => String) token: string, @Ctx() { audit }: SubgraphContext): Promise<UnsubscribeOutcome> {
    const settings = this.settings();
    const claim = new UnsubscribeLinks(settings.linkSecret, settings.publicUrl, settings.linkLifetimeMs).verify(token);
    if (!claim) {
      audit.change('unsubscribe', 'Profile', [], ['token'], 'BAD_USER_INPUT');
      throw ValidationFailedError.single('token', 'genuineUnexpired', 'is not a genuine unsubscribe link, or it has expired');
    }
    const withdrawn = await this.audiences.withdraw(claim.profileId, claim.channel);
    audit.change('unsubscribe', 'Profile', [claim.profileId], [claim.channel, `campaign:${claim.campaignId}`]);
    return { withdrawn, channel: claim.channel };
  }
}
