import 'reflect-metadata';
import { buildFederatedSchema, dataSubjectFeature, SubgraphModule, subgraphFeatures } from '@wayfarer/kit';
import { CommunicationsSettings, loadCommunicationsSettings } from './communications.config';
import { CommunicationsFeature, communicationsServices } from './communications.feature';
import { Profile } from './profile/profile.reference';
import { interactionsFeature } from './interactions/interactions.feature';
import { referralsFeature } from './referrals/referrals.feature';
import { timelineFeature } from './timeline/timeline.feature';
import { campaignsFeature } from './campaigns/campaigns.feature';
import { undertakingsFeature } from './undertakings/undertakings.feature';
import { complaintsFeature } from './complaints/complaints.feature';
import { feedbackFeature } from './feedback/feedback.feature';
import { seedDemoCommunications } from './demo/demo-communications';

export { Interaction } from './interactions/interaction.entity';

const COMMUNICATIONS_FEATURES: CommunicationsFeature[] = [
  timelineFeature,
  interactionsFeature,
  referralsFeature,
  undertakingsFeature,
  complaintsFeature,
  feedbackFeature,
  campaignsFeature,
  dataSubjectFeature('communications'),
];

const features = subgraphFeatures(COMMUNICATIONS_FEATURES);

export const communicationsModule: SubgraphModule<CommunicationsSettings> = {
  name: 'communications',
  ...features.module,
  async prepare(dataSource, config, logger, env) {
    const settings = loadCommunicationsSettings(env);
    if (settings.demo) await seedDemoCommunications(communicationsServices(dataSource, config, settings), logger);
    return settings;
  },
  async schema(dataSource, config, _logger, settings) {
    const services = communicationsServices(dataSource, config, settings);
    return buildFederatedSchema({
      resolvers: features.resolvers(services),
      orphanedTypes: [Profile],
      referenceResolvers: {
        ...services.references,
        Interaction: (reference, context) => services.interactionResolver.load(reference.id, context),
        Profile: (reference) => reference,
      },
    });
  },
};
