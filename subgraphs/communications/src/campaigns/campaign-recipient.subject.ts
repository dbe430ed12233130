import { EntityManager } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectPart, subjectRecord } from '@wayfarer/kit';
import { Campaign } from './campaign.entity';
import { CampaignRecipient } from './campaign-recipient.entity';

/** Which campaigns reached the traveller (or excluded them, why) and when; erasure removes them, counts of the campaign go with them. */
export const campaignRecipientSubjectPart: DataSubjectPart = {
  name: 'campaignMessages',
  async export(manager: EntityManager, subjectId: string) {
    const recipients = await manager.getRepository(CampaignRecipient).find({ where: { profileId: subjectId }, order: { id: 'ASC' } });
    if (!recipients.length) return null;
    const campaigns = await manager.getRepository(Campaign).findBy(recipients.map((recipient) => ({ id: recipient.campaignId })));
    return recipients.map((recipient) => ({
      ...subjectRecord(recipient),
      campaign: campaigns.find((campaign) => campaign.id === recipient.campaignId)?.name ?? null,
    }));
  },
  async erase(manager: EntityManager, subjectId: string) {
    const deleted = await manager.getRepository(CampaignRecipient).delete({ profileId: subjectId });
    return deleted.affected ? DataSubjectErasureOutcome.ERASED : DataSubjectErasureOutcome.NOT_FOUND;
  },
};
