import { LoyaltyFeature } from '../loyalty.feature';
import { SupplierProgramme } from './supplier-programme.entity';
import { CreateLoyalty1796678834219 } from '../migrations/1796678834219-create-loyalty';
import { SupplierProgrammesAndMemberships1796701000000 } from '../migrations/1796701000000-supplier-programmes-and-memberships';

/** The catalogue of supplier loyalty programmes (airline, hotel, car, rail) that memberships belong to. */
export const supplierProgrammesFeature: LoyaltyFeature = {
  name: 'supplierProgrammes',
  entities: [SupplierProgramme],
  migrations: [CreateLoyalty1796678834219, SupplierProgrammesAndMemberships1796701000000],
  resolvers: ({ programmeResolver }) => [programmeResolver],
};
