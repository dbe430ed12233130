import { EntityManager } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectPart, subjectRecord } from '@wayfarer/kit';
import { Undertaking } from './undertaking.entity';

/** Promises made to the traveller: exported whole; erased outright, as no statistic needs them. */
export const undertakingSubjectPart: DataSubjectPart = {
  name: 'undertakings',
  async export(manager: EntityManager, subjectId: string) {
    const undertakings = await manager.getRepository(Undertaking).find({ where: { profileId: subjectId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return undertakings.length ? undertakings.map((undertaking) => subjectRecord(undertaking)) : null;
  },
  async erase(manager: EntityManager, subjectId: string) {
    const result = await manager.getRepository(Undertaking).delete({ profileId: subjectId });
    return result.affected ? DataSubjectErasureOutcome.ERASED : DataSubjectErasureOutcome.NOT_FOUND;
  },
};
