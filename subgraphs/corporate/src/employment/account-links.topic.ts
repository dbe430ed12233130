import { DataSource, In } from 'typeorm';
import { OutboxTopic } from '@wayfarer/kit';
import { Employment } from './employment.entity';
import { isLive, today } from './link-dates';
import { ProfilesClient } from './profiles.client';

export const ACCOUNT_LINKS = 'account-links';

/** Each traveller's live accounts as they are when sent: links made or ended, and links whose last day has passed. */
export function accountLinksTopic(dataSource: DataSource, profiles: ProfilesClient): OutboxTopic {
  return {
    name: ACCOUNT_LINKS,
    async send(profileIds) {
      const on = today();
      const live = (await dataSource.getRepository(Employment).find({ where: { profileId: In(profileIds) } })).filter((employment) => isLive(employment, on));
      await profiles.recordAccountLinks(
        profileIds.map((profileId) => ({
          profileId,
          accountIds: [...new Set(live.filter((employment) => employment.profileId === profileId).map((employment) => employment.accountId))],
        })),
      );
    },
  };
}
