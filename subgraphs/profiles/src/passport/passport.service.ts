import { EntityManager, In } from 'typeorm';
import { Principal, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfilePart } from '../profile/profile-parts';
import { Passport } from './passport.entity';
import { PassportInput } from './passport.input';
import { DocumentNumbers } from '../documents/document-number';

/** What history compares: the number by its keyed hash, so a re-entered equal number is no change. */
const historyView = (passport: Passport) => ({
  number: passport.numberHash,
  issuingCountry: passport.issuingCountry,
  nationality: passport.nationality,
  issueDate: passport.issueDate,
  expiryDate: passport.expiryDate,
});

export class PassportService implements ProfilePart {
  readonly name = 'passports';

  constructor(
    /** Also how other features mask a passport number (e.g. the export). */
    readonly numbers: DocumentNumbers,
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
      number: this.numbers.reveal(passport),
      issuingCountry: passport.issuingCountry,
      nationality: passport.nationality,
      issueDate: passport.issueDate,
      expiryDate: passport.expiryDate,
    }));
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    await manager.getRepository(Passport).delete({ profileId });
  }

  /** Replaces a profile's passports with the given list: kept ones by id, new ones without. */
  async replace(
    manager: EntityManager,
    change: { profileId: string; principal: Principal; operation: string },
    inputs: PassportInput[],
    now: Date,
  ): Promise<void> {
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
        {
          ...change,
          subjectClass: Passport,
          subjectId: id,
          before: before ? historyView(before) : null,
          after: after ? historyView(after) : null,
          alsoRedact: ['number'],
        },
        now,
      );
    }
  }

  /** The rules beyond the input's own; the CSV import runs them before it writes anything. */
  check(input: PassportInput, index: number, existing: Map<string, Passport>): void {
    const field = `input.passports.${index}`;
    if (input.id && !existing.has(input.id)) throw ValidationFailedError.single(`${field}.id`, 'belongsToProfile', 'is not a passport of this traveller');
    if (!input.id && !input.number) throw ValidationFailedError.single(`${field}.number`, 'isNotEmpty', 'is required for a new passport');
    if (input.issueDate && input.issueDate >= input.expiryDate) {
      throw ValidationFailedError.single(`${field}.expiryDate`, 'isAfterIssueDate', 'must be after the issue date');
    }
  }

  /** The stored row for a passport input; the CSV import inserts new ones in bulk. */
  toRow(profileId: string, input: PassportInput, current: Passport | undefined, now: Date): Passport {
    const row = Object.assign(new Passport(), current ?? { id: uuid7(), profileId, createdAt: now });
    if (input.number) this.numbers.seal(row, input.number);
    row.issuingCountry = input.issuingCountry.toUpperCase();
    row.nationality = input.nationality?.toUpperCase() ?? null;
    row.issueDate = input.issueDate ?? null;
    row.expiryDate = input.expiryDate;
    return row;
  }
}
