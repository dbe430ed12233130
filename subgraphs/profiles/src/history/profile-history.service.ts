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

const plain = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value);
const asJson = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(plain(value)));

interface ChangedField {
  field: string;
  oldValue: string | null;
  newValue: string | null;
  /** The new value itself (not as JSON text), redacted, for a whole-record row. */
  newShown: unknown;
  specialCategory: boolean;
}

/** Writes, in the caller's transaction, one row per changed field, so history and data never disagree. */
export class ProfileHistoryService {
  constructor(private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, change: RecordedChange, at = new Date()): Promise<void> {
    const rows = this.changedFields(change).map((changed) => this.row(change, at, changed));
    if (rows.length > 0) await manager.getRepository(ProfileChange).insert(rows);
  }

  /**
   * A record created from nothing as one row instead of one per field, for writers of many new
   * records at once (the CSV import, where per-field rows were half the database's work): field
   * `*`, the new value every field record() would write, as one JSON object, redacted as there.
   * A record with no field set has nothing to show and gets no row.
   */
  newRecordRows(changes: (RecordedChange & { before: null })[], at: Date): ProfileChange[] {
    return changes.flatMap((change) => {
      const changed = this.changedFields(change);
      if (changed.length === 0) return [];
      const values = Object.fromEntries(changed.map(({ field, newShown }) => [field, newShown]));
      return [
        this.row(change, at, {
          field: WHOLE_RECORD,
          oldValue: null,
          newValue: JSON.stringify(values),
          specialCategory: changed.some((field) => field.specialCategory),
        }),
      ];
    });
  }

  /** Each field whose value differs, as history shows it: JSON text, sensitive values redacted. */
  private changedFields(change: RecordedChange): ChangedField[] {
    const classified = classificationsOf(change.subjectClass);
    const before = (change.before ?? {}) as Record<string, unknown>;
    const after = (change.after ?? {}) as Record<string, unknown>;
    const fields = change.fields ?? [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const special = new Set(
      change.specialCategory ? fields : [...classified].filter(([, level]) => level === Classification.SpecialCategory).map(([field]) => field),
    );
    const redact = new Set([
      ...(change.alsoRedact ?? []),
      ...special,
      ...[...classified].filter(([, level]) => REDACTED_CLASSES.has(level)).map(([field]) => field),
    ]);
    const changed: ChangedField[] = [];
    for (const field of fields) {
      const [oldValue, newValue] = [asJson(before[field]), asJson(after[field])];
      if (oldValue === newValue) continue;
      const hidden = redact.has(field);
      changed.push({
        field,
        oldValue: hidden && oldValue !== null ? REDACTED : oldValue,
        newValue: hidden && newValue !== null ? REDACTED : newValue,
        newShown: newValue === null ? null : hidden ? REDACTED : plain(after[field]),
        specialCategory: special.has(field),
      });
    }
    return changed;
  }

  private row(change: RecordedChange, at: Date, changed: Omit<ChangedField, 'newShown'>): ProfileChange {
    return Object.assign(new ProfileChange(), {
      id: uuid7(),
      profileId: change.profileId,
      changedAt: at,
      actorId: change.principal.id,
      actorKind: change.principal.kind,
      operation: change.operation,
      subjectType: change.subjectClass.name,
      subjectId: change.subjectId,
      field: changed.field,
      oldValue: changed.oldValue,
      newValue: changed.newValue,
      specialCategory: changed.specialCategory,
    });
  }

  async list(profileId: string, page: PageInput, principal: Principal): Promise<ListPage<ProfileChange>> {
    const qb = this.dataSource.getRepository(ProfileChange).createQueryBuilder('change').where('change.profile_id = :profileId', { profileId });
    if (!hasScopes(principal, [[PROFILE_SCOPES.readSpecial]])) qb.andWhere({ specialCategory: false });
    return paginate(qb, { sortProperty: 'changedAt', direction: SortDirection.DESC, page });
  }
}
