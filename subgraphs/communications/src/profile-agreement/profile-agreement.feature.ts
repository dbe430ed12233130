import { createGatewayCall, DataSubjectErasureOutcome } from '@wayfarer/kit';
import { CommunicationsFeature, loadedSettings } from '../communications.feature';
import { UndertakingService } from '../undertakings/undertaking.service';
import { ProfileSummaryRequest } from './profile-summary-request.entity';
import { ProfileAgreementService } from './profile-agreement.service';
import { ProfileAgreementResolver } from './profile-agreement.resolver';
import { ProfilesSummary } from './profiles-summary';
import { CreateProfileSummaryRequests1796714000002 } from '../migrations/1796714000002-create-profile-summary-requests';

/** Agreeing the profile with the traveller (PPLTT26 PC6): the summary e-mailed, their confirmation or corrections through a signed link. */
export const profileAgreementFeature: CommunicationsFeature = {
  name: 'profile-agreement',
  entities: [ProfileSummaryRequest],
  migrations: [CreateProfileSummaryRequests1796714000002],
  resolvers(services) {
    const { dataSource, config } = services;
    const profiles = new ProfilesSummary(
      createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'communications', serviceSecret: config.SERVICE_TOKEN_SECRET }),
    );
    const service = new ProfileAgreementService(dataSource, profiles, new UndertakingService(dataSource, services.timeline), () => loadedSettings(services));
    services.dataSubject.register({
      name: 'profileSummaryRequests',
      async export(manager, subjectId) {
        const requests = await manager.getRepository(ProfileSummaryRequest).find({ where: { profileId: subjectId }, order: { sentAt: 'ASC' } });
        return requests.length ? requests.map(({ sentAt, language, answeredAt }) => ({ sentAt, language, answeredAt })) : null;
      },
      async erase(manager, subjectId) {
        const updated = await manager.getRepository(ProfileSummaryRequest).update({ profileId: subjectId }, { profileId: null });
        return updated.affected ? DataSubjectErasureOutcome.ERASED : DataSubjectErasureOutcome.NOT_FOUND;
      },
    });
    return [new ProfileAgreementResolver(service)];
  },
};
