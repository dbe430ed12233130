import { EntityManager, IsNull } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectPart, subjectRecord } from '@wayfarer/kit';
import { SupplierProgramme } from '../supplier-programmes/supplier-programme.entity';
import { MembershipStatus, SupplierMembership } from './supplier-membership.entity';
import { SupplierMembershipService } from './supplier-membership.service';

/**
 * Memberships in a data-subject request: exported whole with numbers in clear (the data-protection
 * officer holds the scope, and the export itself is audited); erasure destroys the number
 * (ciphertext, hash and tail) and every personal field, and keeps a closed tombstone.
 */
export function supplierMembershipSubjectPart(service: SupplierMembershipService): DataSubjectPart {
  return {
    name: 'supplierMemberships',
    async export(manager: EntityManager, subjectId: string) {
      const memberships = await manager
        .getRepository(SupplierMembership)
        .find({ where: { profileId: subjectId, erasedAt: IsNull() }, order: { createdAt: 'ASC' } });
      if (!memberships.length) return null;
      const programmes = await manager.getRepository(SupplierProgramme).findBy(memberships.map((membership) => ({ id: membership.programmeId })));
      return memberships.map((membership) => ({
        ...subjectRecord(membership),
        programme: programmes.find((programme) => programme.id === membership.programmeId)?.name ?? null,
        number: service.numbers.reveal(membership),
      }));
    },
    async erase(manager: EntityManager, subjectId: string) {
      const repository = manager.getRepository(SupplierMembership);
      const held = await repository.find({ where: { profileId: subjectId }, select: { id: true, erasedAt: true } });
      if (!held.length) return DataSubjectErasureOutcome.NOT_FOUND;
      if (held.every((membership) => membership.erasedAt)) return DataSubjectErasureOutcome.ALREADY_ERASED;
      const now = new Date();
      await repository.update(
        { profileId: subjectId, erasedAt: IsNull() },
        {
          numberEncrypted: '',
          numberHash: '',
          numberTail: '',
          tier: null,
          tierExpiresOn: null,
          expiresOn: null,
          points: null,
          pointsReadOn: null,
          primarySector: null,
          status: MembershipStatus.CLOSED,
          erasedAt: now,
          updatedAt: now,
        },
      );
      return DataSubjectErasureOutcome.ERASED;
    },
  };
}
