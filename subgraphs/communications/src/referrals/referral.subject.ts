import { EntityManager } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectPart, subjectRecord } from '@wayfarer/kit';
import { Referral } from './referral.entity';

/** Referrals of the traveller's conversations; erasure removes the reason given to them and the link to them, and keeps who referred what to whom and when. */
export const referralsSubjectPart: DataSubjectPart = {
  name: 'referrals',

  async export(manager: EntityManager, subjectId: string) {
    const referrals = await manager.getRepository(Referral).find({ where: { profileId: subjectId }, order: { referredAt: 'ASC', id: 'ASC' } });
    return referrals.length
      ? referrals.map((referral) => ({
          ...subjectRecord(referral),
          conversationId: referral.conversationId,
          fromStaffId: referral.fromStaffId,
          toStaffId: referral.toStaffId,
        }))
      : null;
  },

  async erase(manager: EntityManager, subjectId: string) {
    const { affected } = await manager
      .getRepository(Referral)
      .update({ profileId: subjectId }, { profileId: null, reasonGiven: null, version: () => 'version + 1' });
    return affected ? DataSubjectErasureOutcome.ERASED : DataSubjectErasureOutcome.NOT_FOUND;
  },
};
