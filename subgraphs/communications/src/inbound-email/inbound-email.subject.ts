import { EntityManager } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectPart, subjectRecord } from '@wayfarer/kit';
import { InboundEmail } from './inbound-email.entity';

/** The e-mail the traveller sent that was filed for them; erasure removes what it said and who sent it, the fact of its arrival stays. */
export const inboundEmailSubjectPart: DataSubjectPart = {
  name: 'inboundEmails',
  async export(manager: EntityManager, subjectId: string) {
    const emails = await manager.getRepository(InboundEmail).find({ where: { profileId: subjectId }, order: { receivedAt: 'ASC', id: 'ASC' } });
    return emails.length ? emails.map((email) => subjectRecord(email)) : null;
  },
  async erase(manager: EntityManager, subjectId: string) {
    const updated = await manager
      .getRepository(InboundEmail)
      .update({ profileId: subjectId }, { profileId: null, fromAddress: null, originalSender: null, subject: null, textBody: null, attachments: [] });
    return updated.affected ? DataSubjectErasureOutcome.ERASED : DataSubjectErasureOutcome.NOT_FOUND;
  },
};
