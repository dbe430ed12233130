import { LoyaltyFeature } from '../loyalty.feature';
import { SupplierMembership } from './supplier-membership.entity';
import { ProfileSupplierMembershipsResolver, SupplierMembershipNumberResolver } from './supplier-membership.resolver';
import { LoyaltyRemindersResolver } from './loyalty-reminders.resolver';
import { LoyaltyRemindersService } from './loyalty-reminders.service';
import { supplierMembershipSubjectPart } from './supplier-membership-subject';
import { SupplierProgrammesAndMemberships1796701000000 } from '../migrations/1796701000000-supplier-programmes-and-memberships';

/** Travellers' memberships of supplier programmes: numbers encrypted and masked, duplicates, expiries as reminders. */
export const supplierMembershipsFeature: LoyaltyFeature = {
  name: 'supplierMemberships',
  entities: [SupplierMembership],
  migrations: [SupplierProgrammesAndMemberships1796701000000],
  resolvers({ dataSource, memberships, membershipResolver, dataSubject, reach }) {
    dataSubject.register(supplierMembershipSubjectPart(memberships));
    return [
      membershipResolver,
      new SupplierMembershipNumberResolver(memberships.numbers),
      new ProfileSupplierMembershipsResolver(memberships, reach),
      new LoyaltyRemindersResolver(new LoyaltyRemindersService(dataSource, reach), membershipResolver),
    ];
  },
};
