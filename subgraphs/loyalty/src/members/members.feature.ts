import { LoyaltyFeature } from '../loyalty.feature';
import { LoyaltyMember } from './loyalty-member.entity';
import { TierChange } from './tier-change.entity';
import { ProfileLoyaltyMemberResolver } from './loyalty-member.resolver';
import { loyaltySchemeSubjectPart } from './loyalty-member.subject';
import { CreateLoyaltyScheme1796702000000 } from '../migrations/1796702000000-create-loyalty-scheme';

/** Enrolment in our scheme (with consent to its terms; withdrawing it closes the membership), member status and tiers. */
export const membersFeature: LoyaltyFeature = {
  name: 'members',
  entities: [LoyaltyMember, TierChange],
  migrations: [CreateLoyaltyScheme1796702000000],
  resolvers: ({ members, memberResolver, schemeConsent, dataSubject, reach }) => {
    schemeConsent.onWithdrawn((manager, profileIds) => members.closeForWithdrawnConsent(manager, profileIds));
    dataSubject.register(loyaltySchemeSubjectPart);
    return [memberResolver, new ProfileLoyaltyMemberResolver(members, reach)];
  },
};
