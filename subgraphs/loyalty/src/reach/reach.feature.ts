import { DataSubjectErasureOutcome } from '@wayfarer/kit';
import { LoyaltyFeature } from '../loyalty.feature';
import { LoyaltyAccountLink } from './loyalty-account-link.entity';
import { AccountLinksResolver } from './account-links.resolver';
import { CreateTravellerAccountLinks1796700000001 } from '../migrations/1796700000001-create-traveller-account-links';

/** Which corporate accounts each traveller belongs to, as corporate reports them: partner clients reach only their accounts' travellers. */
export const reachFeature: LoyaltyFeature = {
  name: 'reach',
  entities: [LoyaltyAccountLink],
  migrations: [CreateTravellerAccountLinks1796700000001],
  resolvers({ dataSource, reach, dataSubject }) {
    dataSubject.register({
      name: 'corporateAccountLinks',
      async export(manager, subjectId) {
        const links = await manager.getRepository(LoyaltyAccountLink).find({ where: { profileId: subjectId }, order: { validFrom: 'ASC' } });
        return links.length ? links.map(({ accountId, validFrom, validTo }) => ({ corporateAccountId: accountId, validFrom, validTo })) : null;
      },
      async erase(manager, subjectId) {
        const { affected } = await manager.getRepository(LoyaltyAccountLink).delete({ profileId: subjectId });
        return affected ? DataSubjectErasureOutcome.ERASED : DataSubjectErasureOutcome.NOT_FOUND;
      },
    });
    return [new AccountLinksResolver(dataSource, reach)];
  },
};
