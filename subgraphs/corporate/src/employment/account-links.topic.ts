import { DataSource, In } from 'typeorm';
import { OutboxTopic } from '@wayfarer/kit';
import { Employment } from './employment.entity';
import { isLive, today } from './link-dates';
import { ProfilesClient } from './profiles.client';

export const ACCOUNT_LINKS = 'account-links';

/**
 * Each traveller's live links as they are when sent (links made or ended, and links whose last
 * day has passed), with their days: profiles judges each link against the day a partner asks.
 */
export function accountLinksTopic(dataSource: DataSource, profiles: ProfilesClient): OutboxTopic {
  return {
    name: ACCOUNT_LINKS,
    async send(profileIds) {
      const on = today();
      const live = (await dataSource.getRepository(Employment).find({ where: { profileId: In(profileIds) } })).filter((employment) => isLive(employment, on));
      await profiles.recordAccountLinks(
        profileIds.map((profileId) => ({
          profileId,
          accounts: live
            .filter((employment) => employment.profileId === profileId)
            .map(({ accountId, validFrom, validTo }) => ({ accountId, validFrom, validTo })),
        })),
      );
    },
  };
}
