import { EntityManager, IsNull } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectPart, subjectRecord } from '@wayfarer/kit';
import { Feedback } from './feedback.entity';

/** The traveller's feedback: exported whole; erasure removes the person, the comment and the booking reference, and keeps the rating for the reports. */
export const feedbackSubjectPart: DataSubjectPart = {
  name: 'feedback',
  async export(manager: EntityManager, subjectId: string) {
    const feedback = await manager.getRepository(Feedback).find({ where: { profileId: subjectId }, order: { givenAt: 'ASC', id: 'ASC' } });
    return feedback.length ? feedback.map((row) => subjectRecord(row)) : null;
  },
  async erase(manager: EntityManager, subjectId: string) {
    const result = await manager
      .getRepository(Feedback)
      .update({ profileId: subjectId, erasedAt: IsNull() }, { profileId: null, comment: null, bookingReference: null, erasedAt: new Date() });
    return result.affected ? DataSubjectErasureOutcome.ERASED : DataSubjectErasureOutcome.NOT_FOUND;
  },
};
