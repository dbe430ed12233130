import { DataSource } from 'typeorm';
import { createGatewayCall } from '@wayfarer/kit';
import { CommunicationsFeature, loadedSettings } from '../communications.feature';
import { Campaign } from './campaign.entity';
import { CampaignRecipient } from './campaign-recipient.entity';
import { CampaignService } from './campaign.service';
import { CampaignSender } from './campaign-sender';
import { CampaignRecipientResolver, CampaignResolver } from './campaign.resolver';
import { UnsubscribeResolver } from './unsubscribe.resolver';
import { ProfilesAudience } from './profiles-audience';
import { campaignRecipientSubjectPart } from './campaign-recipient.subject';
import { TimelineKind } from '../timeline/timeline-kind';
import { CreateCampaigns1796712000000 } from '../migrations/1796712000000-create-campaigns';

const CAMPAIGN_TASK_MS = 15_000;

/** The sender of the schema built on each data source: the periodic task is declared before the settings it sends with are loaded. */
const senders = new WeakMap<DataSource, CampaignSender>();

/** Marketing campaigns by e-mail and SMS, sent only where consent is in force, with unsubscribe links. */
export const campaignsFeature: CommunicationsFeature = {
  name: 'campaigns',
  entities: [Campaign, CampaignRecipient],
  migrations: [CreateCampaigns1796712000000],
  periodicTasks: (dataSource) => [
    {
      name: 'campaigns: start scheduled sends, resume interrupted ones',
      everyMs: CAMPAIGN_TASK_MS,
      run: async () => senders.get(dataSource)?.runDue(),
    },
  ],
  resolvers(services) {
    const { dataSource, config } = services;
    const settings = () => loadedSettings(services);
    const audiences = new ProfilesAudience(
      createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'communications', serviceSecret: config.SERVICE_TOKEN_SECRET }),
    );
    const sender = new CampaignSender(dataSource, services.timeline, audiences, settings);
    senders.set(dataSource, sender);
    services.dataSubject.register(campaignRecipientSubjectPart);
    const campaigns = new CampaignService(dataSource, audiences, settings);
    const campaignResolver = new CampaignResolver(campaigns, sender);
    const recipientResolver = new CampaignRecipientResolver(campaigns, campaignResolver);
    services.timeline.register({ kind: TimelineKind.CAMPAIGN_MESSAGE, type: CampaignRecipient, load: (id, context) => recipientResolver.load(id, context) });
    return [campaignResolver, recipientResolver, new UnsubscribeResolver(audiences, settings)];
  },
};
