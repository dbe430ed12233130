import { createGatewayCall } from '@wayfarer/kit';
import { LoyaltyFeature } from '../loyalty.feature';
import { loyaltyTiersTopic } from './loyalty-tiers.topic';
import { ReportLoyaltyTiers1796704000001 } from '../migrations/1796704000001-report-loyalty-tiers';

/**
 * Members' standing and tier, told to profiles (for its loyalty segments) from the outbox whenever
 * enrolment, closure, erasure or a tier review changes them.
 */
export const tierReportFeature: LoyaltyFeature = {
  name: 'tierReport',
  migrations: [ReportLoyaltyTiers1796704000001],
  outboxTopics: (dataSource, config) => [
    loyaltyTiersTopic(dataSource, createGatewayCall({ gatewayUrl: config.GATEWAY_URL, service: 'loyalty', serviceSecret: config.SERVICE_TOKEN_SECRET })),
  ],
};
