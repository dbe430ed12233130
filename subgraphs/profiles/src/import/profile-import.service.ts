import { setImmediate, setTimeout } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { validateSync } from 'class-validator';
import {
  bulkInsert,
  ConflictError,
  FieldViolation,
  ForbiddenError,
  inTransaction,
  isMysql,
  ListPage,
  NotFoundError,
  PageInput,
  paginate,
  Principal,
  SortDirection,
  uuid7,
  ValidationFailedError,
  violationsOf,
} from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { PROFILE_FIELDS } from '../profile/profile-fields';
import { CreateProfileInput } from '../profile/create-profile.input';
import { ProfileParts } from '../profile/profile-parts';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfileChange } from '../history/profile-change.entity';
import { PassportList } from '../documents/document-kinds';
import { ConsentPurpose, ConsentRecord } from '../consent/consent-record.entity';
import { Passport } from '../documents/passport.entity';
import { assertBasisFits } from '../consent/consent-rules';
import { ProfileImportJob, ProfileImportStatus } from './profile-import-job.entity';
import { ProfileImportRejection } from './profile-import-rejection.entity';
import { AppendProfileImportRowsInput, MAX_CHUNK_ROWS, MAX_CHUNKS_IN_FLIGHT, StartProfileImportInput } from './profile-import.input';
import { ImportRowMapper, isImportColumn, LAWFUL_BASIS_COLUMNS, REQUIRED_COLUMNS } from './profile-import-columns';
import { CsvRecord, readCsvChunk } from './csv-records';

export const IMPORT_OPERATION = 'appendProfileImportRows';
/** The header is line 1 of the file; rows start on line 2. */
const FIRST_ROW_LINE = 2;
/** Reasons kept per job; a file of nothing but bad rows must not fill the database with them. */
export const MAX_REJECTIONS_RECORDED = 10_000;
/**
 * How long checking rows may hold the event loop. Meanwhile the other chunk in flight cannot send
 * its next statement and MariaDB waits: slices of 250 rows (about 60 ms) made a 100,000-row import
 * take 60 s against 53 s with slices of about 5 ms.
 */
const CHECK_SLICE_MS = 5;
/** How long a chunk waits for the one before it; a client sends them moments apart. */
const TURN_TIMEOUT_MS = 10_000;
const TURN_POLL_MS = 20;
/** The fields ConsentService records in history for a new record (the withdrawal ones are still empty). */
const CONSENT_HISTORY_FIELDS = ['purpose', 'granted', 'legalBasis', 'noticeVersion', 'channel'];

interface GoodRow {
  profile: Profile;
  input: CreateProfileInput;
}

interface RejectedRow {
  /** 0-based line in the chunk. */
  line: number;
  violations: FieldViolation[];
}

/**
 * CSV imports as jobs fed in chunks (a whole file would not pass the gateway's body limit):
 * every row is checked with createProfile's own rules, a bad row is reported by line, column
 * and rule and writes nothing, and each chunk's good rows go in with a few bulk statements in
 * one transaction. A client may send the next chunk before the last is answered: the two are
 * checked and stored side by side, and counted in order.
 */
export class ProfileImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly passports: PassportList,
    private readonly history: ProfileHistoryService,
    private readonly parts: ProfileParts,
  ) {}

  async start(input: StartProfileImportInput, principal: Principal): Promise<ProfileImportJob> {
    this.checkColumns(input);
    // The scopes a row's columns need are known from the header, so a missing one stops the job before any row.
    this.profiles.assertMayWrite(
      {
        dateOfBirth: input.columns.includes('dateOfBirth') ? '' : undefined,
        passports: input.columns.some((name) => name.startsWith('passport')) ? [] : undefined,
      },
      principal,
    );
    const now = new Date();
    const job = Object.assign(new ProfileImportJob(), {
      id: uuid7(),
      createdBy: principal.id,
      dryRun: input.dryRun,
      columns: input.columns,
      lawfulBasis: input.lawfulBasis ? { ...input.lawfulBasis } : null,
      status: ProfileImportStatus.OPEN,
      expectedRows: input.expectedRows ?? null,
      chunks: 0,
      lines: 0,
      rowsSeen: 0,
      rowsAccepted: 0,
      rowsImported: 0,
      rowsRejected: 0,
      rejectionsRecorded: 0,
      createdAt: now,
      updatedAt: now,
      completedAt: null,
    });
    await this.dataSource.getRepository(ProfileImportJob).insert(job);
    return job;
  }

  find(id: string): Promise<ProfileImportJob | null> {
    return this.dataSource.getRepository(ProfileImportJob).findOne({ where: { id } });
  }

  rejections(jobId: string, page: PageInput): Promise<ListPage<ProfileImportRejection>> {
    const qb = this.dataSource.getRepository(ProfileImportRejection).createQueryBuilder('rejection').where('rejection.job_id = :jobId', { jobId });
    return paginate(qb, { sortProperty: 'line', direction: SortDirection.ASC, page });
  }

  async append(id: string, input: AppendProfileImportRowsInput, principal: Principal): Promise<ProfileImportJob> {
    const job = await this.ownOpenJob(id, principal);
    // A client that lost the answer to a chunk may send it again; it was applied once.
    if (input.sequence < job.chunks) return job;
    if (input.sequence >= job.chunks + MAX_CHUNKS_IN_FLIGHT)
      throw new ConflictError(`Import ${id} expects chunk ${job.chunks}, not ${input.sequence}`, { expectedSequence: job.chunks });
    const chunk = readCsvChunk(input.csv);
    if (chunk.records.length > MAX_CHUNK_ROWS)
      throw ValidationFailedError.single('input.csv', 'maxRows', `may hold at most ${MAX_CHUNK_ROWS} rows; send the file in smaller chunks`);

    const now = new Date();
    const { good, rejected } = await this.checkRows(job, chunk.records, principal, now);
    // SQLite has one connection and so one transaction at a time: there a chunk waits for its turn
    // before it begins (its statements run synchronously, so the count moves on only as the chunk before commits).
    if (!isMysql(this.dataSource)) await this.awaitTurn(this.dataSource.manager, id, input.sequence);
    return inTransaction(this.dataSource, async (manager) => {
      if (!job.dryRun && good.length > 0) await this.store(manager, good, principal, now);
      // Chunks in flight store their rows side by side; line numbers and counts carry on from the chunk before, so they wait for it.
      const current = await this.awaitTurn(manager, id, input.sequence);
      const room = Math.max(0, MAX_REJECTIONS_RECORDED - current.rejectionsRecorded);
      const reasons = rejected
        .flatMap(({ line, violations }) =>
          violations.map((violation) =>
            Object.assign(new ProfileImportRejection(), {
              id: uuid7(),
              jobId: id,
              line: FIRST_ROW_LINE + current.lines + line,
              field: violation.field || null,
              rule: violation.rule.slice(0, 64),
              message: violation.message.slice(0, 300),
            }),
          ),
        )
        .slice(0, room);
      await bulkInsert(manager, ProfileImportRejection, reasons);
      Object.assign(current, {
        chunks: current.chunks + 1,
        lines: current.lines + chunk.lines,
        rowsSeen: current.rowsSeen + good.length + rejected.length,
        rowsAccepted: current.rowsAccepted + good.length,
        rowsImported: current.rowsImported + (current.dryRun ? 0 : good.length),
        rowsRejected: current.rowsRejected + rejected.length,
        rejectionsRecorded: current.rejectionsRecorded + reasons.length,
        updatedAt: now,
      });
      const { id: _id, createdBy: _createdBy, columns: _columns, lawfulBasis: _basis, createdAt: _createdAt, ...counts } = current;
      const result = await manager
        .createQueryBuilder()
        .update(ProfileImportJob)
        .set(counts)
        .where('id = :id AND chunks = :sequence AND status = :open', { id, sequence: input.sequence, open: ProfileImportStatus.OPEN })
        .execute();
      if (!result.affected) throw new ConflictError(`Chunk ${input.sequence} of import ${id} was sent twice at once`, { expectedSequence: input.sequence + 1 });
      return current;
    });
  }

  async finish(id: string, principal: Principal): Promise<ProfileImportJob> {
    const job = await this.ownOpenJob(id, principal);
    job.status = ProfileImportStatus.COMPLETED;
    job.completedAt = job.updatedAt = new Date();
    await this.dataSource.getRepository(ProfileImportJob).update({ id }, { status: job.status, completedAt: job.completedAt, updatedAt: job.updatedAt });
    return job;
  }

  private async ownOpenJob(id: string, principal: Principal): Promise<ProfileImportJob> {
    const job = await this.find(id);
    if (!job) throw new NotFoundError('ProfileImport', id);
    if (job.createdBy !== principal.id) throw new ForbiddenError('Only the staff member who started an import may add to it or finish it');
    if (job.status !== ProfileImportStatus.OPEN) throw new ConflictError(`Import ${id} is finished`, { id });
    return job;
  }

  /**
   * Every record checked, bad ones with their line in the chunk. The event loop gets a turn
   * between slices, so another chunk's transaction meanwhile keeps its statements going.
   */
  private async checkRows(job: ProfileImportJob, records: CsvRecord[], principal: Principal, now: Date): Promise<{ good: GoodRow[]; rejected: RejectedRow[] }> {
    const mapper = new ImportRowMapper(job.columns, job.lawfulBasis);
    const good: GoodRow[] = [];
    const rejected: RejectedRow[] = [];
    let sliceStarted = performance.now();
    for (const record of records) {
      if (performance.now() - sliceStarted >= CHECK_SLICE_MS) {
        await setImmediate();
        sliceStarted = performance.now();
      }
      const { line } = record;
      if (record.error) {
        rejected.push({ line, violations: [{ field: '', ...record.error }] });
      } else if (record.fields!.length !== job.columns.length) {
        rejected.push({
          line,
          violations: [{ field: '', rule: 'columnCount', message: `has ${record.fields!.length} fields; the header has ${job.columns.length}` }],
        });
      } else {
        const checked = this.checkRow(mapper, record.fields!, principal, now);
        if (Array.isArray(checked)) rejected.push({ line, violations: checked });
        else good.push(checked);
      }
    }
    return { good, rejected };
  }

  /** The job once every chunk before this one is in; a chunk applied meanwhile, or one whose predecessor never comes, is refused. */
  private async awaitTurn(manager: EntityManager, id: string, sequence: number): Promise<ProfileImportJob> {
    const deadline = Date.now() + TURN_TIMEOUT_MS;
    for (;;) {
      const job = await manager.getRepository(ProfileImportJob).findOneOrFail({ where: { id } });
      if (job.status !== ProfileImportStatus.OPEN) throw new ConflictError(`Import ${id} is finished`, { id });
      if (job.chunks > sequence) throw new ConflictError(`Chunk ${sequence} of import ${id} was sent twice at once`, { expectedSequence: job.chunks });
      if (job.chunks === sequence) return job;
      if (Date.now() >= deadline)
        throw new ConflictError(`Import ${id} expects chunk ${job.chunks} before chunk ${sequence}`, { expectedSequence: job.chunks });
      await setTimeout(TURN_POLL_MS);
    }
  }

  private checkColumns(input: StartProfileImportInput): void {
    const violations: FieldViolation[] = [];
    input.columns.forEach((name, index) => {
      if (!isImportColumn(name))
        violations.push({
          field: `input.columns.${index}`,
          rule: 'isImportColumn',
          message: `"${name.slice(0, 64)}" is not an import column (see profileImportColumns)`,
        });
      else if (input.columns.indexOf(name) !== index)
        violations.push({ field: `input.columns.${index}`, rule: 'unique', message: `"${name}" appears more than once` });
    });
    for (const required of REQUIRED_COLUMNS) {
      if (!input.columns.includes(required)) violations.push({ field: 'input.columns', rule: 'requiredColumn', message: `must include ${required}` });
    }
    if (!input.lawfulBasis && !LAWFUL_BASIS_COLUMNS.every((name) => input.columns.includes(name))) {
      violations.push({
        field: 'input.lawfulBasis',
        rule: 'lawfulBasis',
        message: `is required unless the file has the columns ${LAWFUL_BASIS_COLUMNS.join(', ')}`,
      });
    }
    if (violations.length > 0) throw new ValidationFailedError(violations);
  }

  /** createProfile's rules, in the order createProfile runs them; the profile to store, or why not. */
  private checkRow(mapper: ImportRowMapper, fields: readonly string[], principal: Principal, now: Date): GoodRow | FieldViolation[] {
    const { input, violations } = mapper.map(fields);
    // A cell that could not be read is left out of the input; "is required" on top of "not a date" says nothing new.
    const unreadable = new Set(violations.map((violation) => violation.field));
    const invalid = mapper.byColumn(violationsOf(validateSync(input, { forbidUnknownValues: false }), ''));
    violations.push(...invalid.filter((violation) => !unreadable.has(violation.field)));
    if (violations.length > 0) return violations;
    try {
      const profile = this.profiles.prepareNew(input, principal, now);
      assertBasisFits(ConsentPurpose.PROFILE_STORAGE, input.lawfulBasis.legalBasis, true, 'lawfulBasis.legalBasis');
      this.passports.assertValid(input.passports ?? [], new Map(), principal);
      return { profile, input };
    } catch (error) {
      if (error instanceof ValidationFailedError) return mapper.byColumn(error.violations);
      throw error;
    }
  }

  private async store(manager: EntityManager, rows: GoodRow[], principal: Principal, now: Date): Promise<void> {
    await bulkInsert(
      manager,
      Profile,
      rows.map((row) => row.profile),
    );
    // New profiles have no consent records or passports yet, so createProfile's per-profile
    // writes reduce to inserts of the same rows and history, done here for the whole chunk.
    const consents = rows.map(({ profile, input }) =>
      Object.assign(new ConsentRecord(), {
        id: uuid7(now.getTime()),
        profileId: profile.id,
        purpose: ConsentPurpose.PROFILE_STORAGE,
        granted: true,
        legalBasis: input.lawfulBasis.legalBasis,
        noticeVersion: input.lawfulBasis.noticeVersion.trim(),
        recordedBy: principal.id,
        recordedAt: now,
        channel: input.lawfulBasis.channel,
        withdrawnAt: null,
        withdrawnBy: null,
      }),
    );
    const passports = rows.flatMap(({ profile, input }) =>
      (input.passports ?? []).map((passport) => this.passports.toRow(profile.id, passport, undefined, now)),
    );
    const changes = this.history.newRecordRows(
      [
        ...rows.map(({ profile }) => ({
          profileId: profile.id,
          principal,
          operation: IMPORT_OPERATION,
          subjectClass: Profile,
          subjectId: profile.id,
          before: null,
          after: profile,
          fields: PROFILE_FIELDS.history,
        })),
        ...consents.map((record) => ({
          profileId: record.profileId,
          principal,
          operation: IMPORT_OPERATION,
          subjectClass: ConsentRecord,
          subjectId: record.id,
          before: null,
          after: record,
          fields: CONSENT_HISTORY_FIELDS,
        })),
        ...passports.map((passport) => ({
          profileId: passport.profileId,
          principal,
          operation: IMPORT_OPERATION,
          subjectClass: Passport,
          subjectId: passport.id,
          before: null,
          after: this.passports.historyView(passport),
          alsoRedact: ['number'],
        })),
      ],
      now,
    );
    await bulkInsert(manager, ConsentRecord, consents);
    await bulkInsert(manager, Passport, passports);
    await bulkInsert(manager, ProfileChange, changes);
    await this.parts.afterInsertMany({ manager, profiles: rows.map((row) => row.profile), passports, principal, operation: IMPORT_OPERATION, at: now });
  }
}
