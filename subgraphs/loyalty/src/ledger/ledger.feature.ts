import { LoyaltyFeature } from '../loyalty.feature';
import { LedgerEntry } from './ledger-entry.entity';
import { EntryReason } from './entry-reason.entity';
import { PointsLot } from './points-lot.entity';
import { QualifyingMonth } from './qualifying-month.entity';
import { LedgerResolver } from './ledger.resolver';
import { ledgerTasks } from './ledger-tasks';
import { CreateLoyaltyScheme1796702000000 } from '../migrations/1796702000000-create-loyalty-scheme';
import { PointsExpiryMark1796703000000 } from '../migrations/1796703000000-points-expiry-mark';
import { LedgerMemberPointsIndex1796715000000 } from '../migrations/1796715000000-ledger-member-points-index';

/** The append-only points ledger, its lots, statements, periodic tasks and invariant check. */
export const ledgerFeature: LoyaltyFeature = {
  name: 'ledger',
  entities: [LedgerEntry, EntryReason, PointsLot, QualifyingMonth],
  migrations: [CreateLoyaltyScheme1796702000000, PointsExpiryMark1796703000000, LedgerMemberPointsIndex1796715000000],
  resolvers: ({ ledger, rewardResolver, reach }) => [new LedgerResolver(ledger, rewardResolver, reach)],
  periodicTasks: (dataSource) => ledgerTasks(dataSource),
};
