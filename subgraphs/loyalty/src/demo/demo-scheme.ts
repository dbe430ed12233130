import { DataSource } from 'typeorm';
import { inTransaction, Logger, uuid7 } from '@wayfarer/kit';
import { LoyaltySchemeVersion } from '../scheme/loyalty-scheme.entity';
import { LoyaltyReward } from '../scheme/loyalty-reward.entity';
import { LoyaltyProductType, LoyaltySchemeRules } from '../scheme/scheme-rules.types';
import { LoyaltyRewardService } from '../scheme/loyalty-reward.service';

const DEMO_RULES: LoyaltySchemeRules = {
  earningRules: [
    { productType: LoyaltyProductType.FLIGHT, currency: 'EUR', pointsPerUnit: 1 },
    { productType: LoyaltyProductType.FLIGHT, currency: 'GBP', pointsPerUnit: 1.2 },
    { productType: LoyaltyProductType.HOTEL, currency: 'EUR', pointsPerUnit: 2 },
    { productType: LoyaltyProductType.CAR, currency: 'EUR', pointsPerUnit: 0.5 },
    { productType: LoyaltyProductType.RAIL, currency: 'EUR', pointsPerUnit: 1 },
    { productType: LoyaltyProductType.PACKAGE, currency: 'EUR', pointsPerUnit: 1.5 },
  ],
  bonusRules: [
    { name: 'VIP double points', segment: 'VIP', multiplier: 2 },
    { name: 'Rail welcome bonus', productTypes: [LoyaltyProductType.RAIL], extraPoints: 250, from: '2025-01-01', to: '2025-12-31' },
  ],
  tiers: [
    { code: 'BLUE', name: 'Blue', qualifyingPoints: 0, retentionPoints: 0 },
    { code: 'SILVER', name: 'Silver', qualifyingPoints: 5_000, qualifyingTrips: 10, retentionPoints: 4_000 },
    { code: 'GOLD', name: 'Gold', qualifyingPoints: 20_000, qualifyingTrips: 30, retentionPoints: 16_000 },
  ],
  gracePeriodDays: 60,
  expiryMonths: 24,
  termsVersion: 'scheme-2025-01',
};

const DEMO_REWARDS = [
  { name: 'Airport lounge pass', pointsPrice: 2_500, stock: 200 },
  { name: 'Cabin upgrade voucher', pointsPrice: 15_000, stock: 25 },
  { name: 'Hotel night', pointsPrice: 10_000, stock: null },
];

/**
 * The demo scheme for `npm start`, only into a scheme without versions: its first version began
 * in the past (which a revision may not), so it is written as the migration left the scheme.
 */
export async function seedDemoScheme(dataSource: DataSource, logger: Logger): Promise<void> {
  const seeded = await inTransaction(dataSource, async (manager) => {
    if ((await manager.getRepository(LoyaltySchemeVersion).count({ take: 1 })) > 0) return false;
    await manager
      .getRepository(LoyaltySchemeVersion)
      .insert({ id: uuid7(), effectiveFrom: '2025-01-01', rules: DEMO_RULES, createdBy: 'demo', createdAt: new Date() });
    return (await manager.getRepository(LoyaltyReward).count({ take: 1 })) === 0;
  });
  if (!seeded) return;
  const rewards = new LoyaltyRewardService(dataSource);
  for (const reward of DEMO_REWARDS) await rewards.create(reward);
  logger.info({ rewards: DEMO_REWARDS.length }, 'seeded the demo loyalty scheme');
}
