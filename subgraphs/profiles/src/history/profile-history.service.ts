import { DataSource, EntityManager } from 'typeorm';
import { Classification, classificationsOf, hasScopes, ListPage, paginate, PageInput, Principal, SortDirection, uuid7 } from '@wayfarer/kit';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { ProfileChange } from './profile-change.entity';

export const REDACTED = '[redacted]';
/** The field of a row that records a new record whole: its value holds every field set. */
export const WHOLE_RECORD = '*';
// History is readable with profiles:read alone, so it never shows what needs a narrower scope.
const REDACTED_CLASSES = new Set([Classification.Personal, Classification.Identifier, Classification.SpecialCategory]);

export interface RecordedChange {
  profileId: string;
  principal: Principal;
  operation: string;
  /** The class of the record, for its field classifications, and its GraphQL type name. */
  subjectClass: Function;
  subjectId: string;
  before: object | null;
  after: object | null;
  /** Fields to compare; defaults to every own field of before and after. */
  fields?: string[];
  /** Fields always redacted, beyond the classified ones (e.g. the encrypted number column). */
  alsoRedact?: string[];
  /** The whole record is special-category data (e.g. a diet or mobility need): every value redacted, every row special-category. */
  specialCategory?: boolean;
}

const asJson = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value instanceof Date ? value.toISOString() : value));

/** Writes, in the caller's transaction, one row per changed field, so history and data never disagree. */
export class ProfileHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, change: RecordedChange, at = new Date()): Promise<void> {
    const rows = this.rowsFor(change, at);
    if (rows.length > 0) await manager.getRepository(ProfileChange).insert(rows);
  }

  /** The rows record() writes, for writers that insert many records in one statement (the CSV import). */
  rowsFor(change: RecordedChange, at: Date): ProfileChange[] {
    const classified = classificationsOf(change.subjectClass);
    const before = (change.before ?? {}) as Record<string, unknown>;
    const after = (change.after ?? {}) as Record<string, unknown>;
    const fields = change.fields ?? [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const special = new Set(change.specialCategory ? fields : [...classified].filter(([, level]) => level === Classification.SpecialCategory).map(([field]) => field));
    const redact = new Set([...(change.alsoRedact ?? []), ...special, ...[...classified].filter(([, level]) => REDACTED_CLASSES.has(level)).map(([field]) => field)]);
    return fields
      .map((field) => [field, asJson(before[field]), asJson(after[field])] as const)
      .filter(([, oldValue, newValue]) => oldValue !== newValue)
      .map(([field, oldValue, newValue]) =>
        Object.assign(new ProfileChange(), {
          id: uuid7(),
          profileId: change.profileId,
          changedAt: at,
          actorId: change.principal.id,
          actorKind: change.principal.kind,
          operation: change.operation,
          subjectType: change.subjectClass.name,
          subjectId: change.subjectId,
          field,
          oldValue: redact.has(field) && oldValue !== null ? REDACTED : oldValue,
          newValue: redact.has(field) && newValue !== null ? REDACTED : newValue,
          specialCategory: special.has(field),
        }),
      );
  }

  /**
   * A record created from nothing as one row instead of one per field, for writers of many new
   * records at once (the CSV import, where per-field rows were half the database's work): field
   * `*`, the new value every field rowsFor would write, as one JSON object, redacted as there.
   */
  newRecordRow(change: RecordedChange & { before: null }, at: Date): ProfileChange | undefined {
    const rows = this.rowsFor(change, at);
    if (rows.length === 0) return undefined;
    const values = Object.fromEntries(rows.map((row) => [row.field, row.newValue === REDACTED || row.newValue === null ? row.newValue : JSON.parse(row.newValue)]));
    return Object.assign(rows[0], { field: WHOLE_RECORD, oldValue: null, newValue: JSON.stringify(values), specialCategory: rows.some((row) => row.specialCategory) });
  }

  async list(profileId: string, page: PageInput, principal: Principal): Promise<ListPage<ProfileChange>> {
    const qb = this.dataSource.getRepository(ProfileChange).createQueryBuilder('change').where('change.profile_id = :profileId', { profileId });
    if (!hasScopes(principal, [[PROFILE_SCOPES.readSpecial]])) qb.andWhere({ specialCategory: false });
    return paginate(qb, { sortProperty: 'changedAt', direction: SortDirection.DESC, page });
  }
}
