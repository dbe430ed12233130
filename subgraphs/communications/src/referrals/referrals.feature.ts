import { CommunicationsFeature } from '../communications.feature';
import { Referral } from './referral.entity';
import { ReferralService } from './referral.service';
import { ConversationReferralsResolver, ReferralResolver } from './referral.resolver';
import { referralsSubjectPart } from './referral.subject';
import { InteractionsConversationsReferralsTimeline1796710000000 } from '../migrations/1796710000000-interactions-conversations-referrals-timeline';
import { ReferralTeamCodeLength1796713100000 } from '../migrations/1796713100000-referral-team-code-length';

/** Conversations referred to a colleague or a team (PC14), and their worklists. */
export const referralsFeature: CommunicationsFeature = {
  name: 'referrals',
  entities: [Referral],
  migrations: [InteractionsConversationsReferralsTimeline1796710000000, ReferralTeamCodeLength1796713100000],
  resolvers: ({ dataSource, interactionResolver, dataSubject }) => {
    const referrals = new ReferralService(dataSource);
    dataSubject.register(referralsSubjectPart);
    return [new ReferralResolver(referrals, interactionResolver), new ConversationReferralsResolver(referrals)];
  },
};
