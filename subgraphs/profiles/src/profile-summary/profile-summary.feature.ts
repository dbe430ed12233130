import { ProfilesFeature } from '../profiles.feature';
import { ProfileSummaryService } from './profile-summary.service';
import { ProfileSummaryResolver } from './profile-summary.resolver';
import { AddLastVerifiedChannel1796714000001 } from '../migrations/1796714000001-add-last-verified-channel';

/** For communications: the summary a traveller is sent to agree their profile, and which traveller an e-mail came from. */
export const profileSummaryFeature: ProfilesFeature = {
  name: 'profile-summary',
  migrations: [AddLastVerifiedChannel1796714000001],
  resolvers: ({ dataSource, documents }) => [new ProfileSummaryResolver(new ProfileSummaryService(dataSource, documents))],
};
