import { createGatewayCall } from '@wayfarer/kit';
import { ProfilesFeature } from '../profiles.feature';
import { ProfileAccountLink } from './profile-account-link.entity';
import { AccountLinkResolver } from './account-link.resolver';
import { businessPreferencesTopic } from './business-preferences.topic';
import { CreateProfileAccountLinks1732330000000 } from '../migrations/1732330000000-create-profile-account-links';
import { CreateOutbox1732370000000 } from '../migrations/1732370000000-create-outbox';
import { DateAccountLinks1732400000000 } from '../migrations/1732400000000-date-account-links';

/** The corporate accounts a traveller is linked to, as corporate reports them: partner reach, and business preferences told back. */
export const accountLinksFeature: ProfilesFeature = {
  name: 'account-links',
  entities: [ProfileAccountLink],
  migrations: [CreateProfileAccountLinks1732330000000, CreateOutbox1732370000000, DateAccountLinks1732400000000],
  outboxTopics: (dataSource, config) => [
    businessPreferencesTopic(
      dataSource,
      createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'profiles', serviceSecret: config.SERVICE_TOKEN_SECRET }),
    ),
  ],
  resolvers({ accountLinks, parts }) {
    parts.register(accountLinks);
    return [new AccountLinkResolver(accountLinks)];
  },
};
