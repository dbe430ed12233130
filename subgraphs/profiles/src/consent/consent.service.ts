import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { enqueueOutbox, NotFoundError, Principal, subjectRecord, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfilePart, ProfileParts } from '../profile/profile-parts';
import type { Profile } from '../profile/profile.entity';
import { ConsentPurpose, ConsentRecord } from './consent-record.entity';
import { LawfulBasisInput, RecordConsentInput } from './record-consent.input';
import { allowsSpecialCategory, assertBasisFits, MARKETING_CHANNELS } from './consent-rules';
import { LOYALTY_SCHEME_CONSENT } from './scheme-consent.topic';

interface ConsentChange {
  profileId: string;
  principal: Principal;
  operation: string;
}

const HISTORY_FIELDS = ['purpose', 'granted', 'legalBasis', 'noticeVersion', 'channel', 'withdrawnAt', 'withdrawnBy'];

export class ConsentService implements ProfilePart {
  readonly name = 'consents';

  constructor(
    private readonly dataSource: DataSource,
    private readonly history: ProfileHistoryService,
    private readonly parts: ProfileParts,
  ) {}

  /** Newest first, withdrawn and replaced ones included: the record of what was agreed when. */
  findByProfileIds(profileIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<ConsentRecord[]> {
    return manager.getRepository(ConsentRecord).find({ where: { profileId: In([...profileIds]) }, order: { recordedAt: 'DESC', id: 'DESC' } });
  }

  /** The channels campaigns may use for this traveller now. */
  marketingChannels(consents: ConsentRecord[]): string[] {
    return consents.filter((consent) => consent.active && MARKETING_CHANNELS[consent.purpose]).map((consent) => MARKETING_CHANNELS[consent.purpose]!);
  }

  /** The PROFILE_STORAGE record written with a new profile, in its transaction. */
  async recordLawfulBasis(manager: EntityManager, change: ConsentChange, profile: Profile, basis: LawfulBasisInput, now: Date): Promise<void> {
    await this.record(manager, change, profile, { ...basis, purpose: ConsentPurpose.PROFILE_STORAGE, granted: true }, now, 'input.lawfulBasis.legalBasis');
  }

  /** A new record for a purpose replaces the active one; losing special-category consent erases that data; loyalty hears of any scheme-terms record. */
  async record(
    manager: EntityManager,
    change: ConsentChange,
    profile: Profile,
    input: Omit<RecordConsentInput, 'expectedVersion'>,
    now: Date,
    basisField = 'input.legalBasis',
  ): Promise<ConsentRecord> {
    assertBasisFits(input.purpose, input.legalBasis, input.granted, basisField);
    const repository = manager.getRepository(ConsentRecord);
    const current = await repository.find({ where: { profileId: change.profileId, purpose: input.purpose, withdrawnAt: IsNull() } });
    const allowedSpecial = current.some(allowsSpecialCategory);
    for (const replaced of current) await this.end(manager, change, replaced, now);
    const record = Object.assign(new ConsentRecord(), {
      id: uuid7(now.getTime()),
      profileId: change.profileId,
      purpose: input.purpose,
      granted: input.granted,
      legalBasis: input.legalBasis,
      noticeVersion: input.noticeVersion.trim(),
      recordedBy: change.principal.id,
      recordedAt: now,
      channel: input.channel,
      withdrawnAt: null,
      withdrawnBy: null,
    });
    await repository.insert(record);
    await this.history.record(
      manager,
      { ...change, subjectClass: ConsentRecord, subjectId: record.id, before: null, after: record, fields: HISTORY_FIELDS },
      now,
    );
    if (allowedSpecial && !allowsSpecialCategory(record)) await this.parts.eraseSpecialCategory({ manager, ...change, at: now }, profile);
    if (record.purpose === ConsentPurpose.LOYALTY_SCHEME) await enqueueOutbox(manager, LOYALTY_SCHEME_CONSENT, [change.profileId]);
    return record;
  }

  async withdraw(manager: EntityManager, change: ConsentChange, profile: Profile, consentId: string, now: Date): Promise<void> {
    const record = await manager.getRepository(ConsentRecord).findOne({ where: { id: consentId, profileId: change.profileId } });
    if (!record) throw new NotFoundError('ConsentRecord', consentId);
    if (record.withdrawnAt) throw ValidationFailedError.single('input.consentId', 'isActive', 'is already withdrawn or replaced');
    const allowedSpecial = allowsSpecialCategory(record);
    await this.end(manager, change, record, now);
    if (allowedSpecial) await this.parts.eraseSpecialCategory({ manager, ...change, at: now }, profile);
    if (record.purpose === ConsentPurpose.LOYALTY_SCHEME) await enqueueOutbox(manager, LOYALTY_SCHEME_CONSENT, [change.profileId]);
  }

  async merge(manager: EntityManager, mergedId: string, survivorId: string): Promise<void> {
    await manager.getRepository(ConsentRecord).update({ profileId: mergedId }, { profileId: survivorId });
  }

  async exportSubject(manager: EntityManager, profileId: string): Promise<unknown> {
    const consents = await this.findByProfileIds([profileId], manager);
    return consents.map((consent) => subjectRecord(consent));
  }

  /** Consent records are the proof of lawful processing, so they stay; erasure ends every one still in force. */
  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    const repository = manager.getRepository(ConsentRecord);
    const inScheme = await repository.exists({ where: { profileId, purpose: ConsentPurpose.LOYALTY_SCHEME, withdrawnAt: IsNull() } });
    await repository.update({ profileId, withdrawnAt: IsNull() }, { withdrawnAt: new Date(), withdrawnBy: 'erasure' });
    if (inScheme) await enqueueOutbox(manager, LOYALTY_SCHEME_CONSENT, [profileId]);
  }

  private async end(manager: EntityManager, change: ConsentChange, record: ConsentRecord, now: Date): Promise<void> {
    const before = { ...record };
    record.withdrawnAt = now;
    record.withdrawnBy = change.principal.id;
    await manager.getRepository(ConsentRecord).update({ id: record.id }, { withdrawnAt: now, withdrawnBy: change.principal.id });
    await this.history.record(manager, { ...change, subjectClass: ConsentRecord, subjectId: record.id, before, after: record, fields: HISTORY_FIELDS }, now);
  }
}
