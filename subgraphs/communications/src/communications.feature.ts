import { DataSource } from 'typeorm';
import { BootConfig, createGatewayCall, DataSubjectParts, ReferenceResolver, SubgraphFeature } from '@wayfarer/kit';
import { CommunicationsSettings } from './communications.config';
import { InteractionService } from './interactions/interaction.service';
import { InteractionResolver } from './interactions/interaction.resolver';
import { Timeline } from './timeline/timeline';

/** What the communications features share, built once per schema. */
export interface CommunicationsServices {
  dataSource: DataSource;
  config: BootConfig;
  /** Absent when only the SDL is wanted (composition): read it in a resolver's work, never while building. */
  settings(): CommunicationsSettings | undefined;
  interactions: InteractionService;
  /** Reads an interaction as the schema does: references and other features load through it. */
  interactionResolver: InteractionResolver;
  /** Each feature holding personal data registers its part of data-subject export and erasure here. */
  dataSubject: DataSubjectParts;
  /** The traveller's timeline: a feature registers its kind in `resolvers()` and records an entry in each transaction that writes an item. */
  timeline: Timeline;
  /** Entity references by type name: a feature whose type carries `@key` adds its loader here in `resolvers()`. */
  references: Record<string, ReferenceResolver>;
}

/** One communications feature, declared from its own folder and listed in index.ts. */
export type CommunicationsFeature = SubgraphFeature<CommunicationsServices>;

/** The settings `prepare` loaded; only the work of a request or a job may ask. */
export function loadedSettings(services: Pick<CommunicationsServices, 'settings'>): CommunicationsSettings {
  const settings = services.settings();
  if (!settings) throw new Error('communications settings are loaded in prepare()');
  return settings;
}

export function communicationsServices(dataSource: DataSource, config: BootConfig, prepared: CommunicationsSettings | undefined): CommunicationsServices {
  const timeline = new Timeline(dataSource);
  // Communications asks profiles, as itself, whether a traveller's CALL_RECORDING consent is in force.
  const askProfiles = createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'communications', serviceSecret: config.SERVICE_TOKEN_SECRET });
  const interactions = new InteractionService(dataSource, timeline, askProfiles);
  return {
    dataSource,
    config,
    settings: () => prepared,
    interactions,
    interactionResolver: new InteractionResolver(interactions),
    dataSubject: new DataSubjectParts(dataSource),
    timeline,
    references: {},
  };
}
