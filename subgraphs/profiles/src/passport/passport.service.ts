import { EntityManager, In } from 'typeorm';
import { FieldCipher, maskTail, Principal, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfilePart } from '../profile/profile-parts';
import { Passport } from './passport.entity';
import { PassportInput } from './passport.input';

/** What history compares: the number by its keyed hash, so a re-entered equal number is no change. */
const historyView = (passport: Passport) => ({
  number: passport.numberHash,
  issuingCountry: passport.issuingCountry,
  nationality: passport.nationality,
  issueDate: passport.issueDate,
  expiryDate: passport.expiryDate,
});

const normaliseNumber = (number: string): string => number.replace(/\s+/g, '').toUpperCase();

export class PassportService implements ProfilePart {
  readonly name = 'passports';

  constructor(
    private readonly cipher: () => FieldCipher,
    private readonly history: ProfileHistoryService,
  ) {}

  async findByProfileIds(manager: EntityManager, profileIds: readonly string[]): Promise<Passport[]> {
    return manager.getRepository(Passport).find({ where: { profileId: In([...profileIds]) }, order: { expiryDate: 'DESC' } });
  }

  async merge(manager: EntityManager, mergedId: string, survivorId: string): Promise<void> {
    await manager.getRepository(Passport).update({ profileId: mergedId }, { profileId: survivorId });
  }

  async exportSubject(manager: EntityManager, profileId: string): Promise<unknown> {
    const passports = await this.findByProfileIds(manager, [profileId]);
    return passports.map((passport) => ({
      number: this.number(passport),
      issuingCountry: passport.issuingCountry,
      nationality: passport.nationality,
      issueDate: passport.issueDate,
      expiryDate: passport.expiryDate,
    }));
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    await manager.getRepository(Passport).delete({ profileId });
  }

  number(passport: Passport): string {
    return this.cipher().decrypt(passport.numberEncrypted);
  }

  masked(passport: Passport): string {
    return maskTail(passport.numberTail, passport.numberTail.length);
  }

  /** Replaces a profile's passports with the given list: kept ones by id, new ones without. */
  async replace(manager: EntityManager, change: { profileId: string; principal: Principal; operation: string }, inputs: PassportInput[], now: Date): Promise<void> {
    const { profileId } = change;
    const repository = manager.getRepository(Passport);
    const existing = new Map((await repository.find({ where: { profileId } })).map((passport) => [passport.id, passport]));
    inputs.forEach((input, index) => this.check(input, index, existing));
    const kept = new Set(inputs.map((input) => input.id).filter(Boolean));
    const removed = [...existing.keys()].filter((id) => !kept.has(id));
    if (removed.length > 0) await repository.delete({ id: In(removed) });
    const rows = inputs.map((input) => this.toRow(profileId, input, input.id ? existing.get(input.id) : undefined, now));
    if (rows.length > 0) await repository.save(rows);
    const afterById = new Map(rows.map((row) => [row.id, row]));
    for (const id of new Set([...existing.keys(), ...afterById.keys()])) {
      const before = existing.get(id);
      const after = afterById.get(id);
      await this.history.record(
        manager,
        { ...change, subjectClass: Passport, subjectId: id, before: before ? historyView(before) : null, after: after ? historyView(after) : null, alsoRedact: ['number'] },
        now,
      );
    }
  }

  private check(input: PassportInput, index: number, existing: Map<string, Passport>): void {
    const field = `input.passports.${index}`;
    if (input.id && !existing.has(input.id)) throw ValidationFailedError.single(`${field}.id`, 'belongsToProfile', 'is not a passport of this traveller');
    if (!input.id && !input.number) throw ValidationFailedError.single(`${field}.number`, 'isNotEmpty', 'is required for a new passport');
    if (input.issueDate && input.issueDate >= input.expiryDate) {
      throw ValidationFailedError.single(`${field}.expiryDate`, 'isAfterIssueDate', 'must be after the issue date');
    }
  }

  private toRow(profileId: string, input: PassportInput, current: Passport | undefined, now: Date): Passport {
    const row = Object.assign(new Passport(), current ?? { id: uuid7(), profileId, createdAt: now });
    if (input.number) {
      const number = normaliseNumber(input.number);
      row.numberEncrypted = this.cipher().encrypt(number);
      row.numberHash = this.cipher().blindIndex(number);
      row.numberTail = number.slice(-3);
    }
    row.issuingCountry = input.issuingCountry.toUpperCase();
    row.nationality = input.nationality?.toUpperCase() ?? null;
    row.issueDate = input.issueDate ?? null;
    row.expiryDate = input.expiryDate;
    return row;
  }
}
