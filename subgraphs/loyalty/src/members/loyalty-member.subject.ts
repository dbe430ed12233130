import { EntityManager, In } from 'typeorm';
import { DataSubjectErasureOutcome, subjectRecord } from '@wayfarer/kit';
import { LoyaltyMember, LoyaltyMemberStatus, MemberCloseReason } from './loyalty-member.entity';
import { TierChange } from './tier-change.entity';
import { LedgerEntry } from '../ledger/ledger-entry.entity';
import { EntryReason } from '../ledger/entry-reason.entity';
import { LoyaltySubjectPart } from '../data-subject/loyalty-data-subject';

/**
 * The traveller's membership of our scheme: the member, every ledger entry (with its reason) and
 * the tier history. Erasure cuts the member from the traveller (profile id and terms version gone,
 * membership closed) and deletes the reasons, which may name them; the entries, balances and tier
 * history stay under the member id, a pseudonym nothing else links to the person, because
 * accounting must still add up.
 */
export const loyaltySchemeSubjectPart: LoyaltySubjectPart = {
  name: 'scheme',

  async export(manager: EntityManager, subjectId: string) {
    const member = await manager.getRepository(LoyaltyMember).findOne({ where: { profileId: subjectId } });
    if (!member) return null;
    const entries = await manager.getRepository(LedgerEntry).find({ where: { memberId: member.id }, order: { id: 'ASC' } });
    const reasons = new Map(
      entries.length
        ? (await manager.getRepository(EntryReason).find({ where: { entryId: In(entries.map((entry) => entry.id)) } })).map((row) => [row.entryId, row.reason])
        : [],
    );
    const tierHistory = await manager.getRepository(TierChange).find({ where: { memberId: member.id }, order: { id: 'ASC' } });
    return {
      member: { ...subjectRecord(member), tierCode: member.tierCode },
      ledger: entries.map((entry) => ({ ...subjectRecord(entry), reason: reasons.get(entry.id) ?? null })),
      tierHistory: tierHistory.map((change) => subjectRecord(change)),
    };
  },

  async erase(manager: EntityManager, subjectId: string) {
    const member = await manager.getRepository(LoyaltyMember).findOne({ where: { profileId: subjectId } });
    if (!member) return DataSubjectErasureOutcome.NOT_FOUND;
    await manager
      .createQueryBuilder()
      .delete()
      .from(EntryReason)
      .where('entry_id IN (SELECT id FROM loyalty_ledger_entries WHERE member_id = :memberId)', { memberId: member.id })
      .execute();
    const now = new Date();
    await manager
      .createQueryBuilder()
      .update(LoyaltyMember)
      .set({
        profileId: null,
        termsVersion: null,
        status: LoyaltyMemberStatus.CLOSED,
        closedAt: member.closedAt ?? now,
        closeReason: MemberCloseReason.ERASED,
        erasedAt: now,
        tierReviewOn: '9999-12-31',
        updatedAt: now,
        version: () => 'version + 1',
      })
      .where('id = :id', { id: member.id })
      .execute();
    return DataSubjectErasureOutcome.ERASED;
  },
};
