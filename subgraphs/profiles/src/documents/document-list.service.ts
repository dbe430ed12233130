import { EntityManager, FindOptionsOrder, In, Repository } from 'typeorm';
import { ClassType } from 'type-graphql';
import { EncryptedNumberColumns, EncryptedNumbers, FieldViolation, Principal, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfilePart } from '../profile/profile-parts';
import { TravelContext } from '../preferences/travel-preference.entity';

/** What every stored travel document has; all but passports also have a travel context. */
export interface DocumentRow {
  id: string;
  profileId: string;
  createdAt: Date;
  context?: TravelContext;
}

export interface DocumentItem {
  id?: string;
  context?: TravelContext;
  number?: string;
}

/** How one kind of travel document is checked, stored and shown. */
export interface DocumentKind<E extends DocumentRow, I extends DocumentItem> {
  /** The part's name, the input's list field and the Profile field, e.g. `visas`. */
  list: string;
  entity: ClassType<E>;
  /** For messages: "is not a visa of this traveller". */
  label: string;
  numbered: boolean;
  /** Whether entries carry the travel context (business, leisure) partner systems are limited by. */
  contextual: boolean;
  order: FindOptionsOrder<E>;
  /** The field ending the document's validity, checked against today for new or re-dated entries. */
  end: keyof I & keyof E & string;
  /** Passports: a lapsed one stays on file (its reminder asks for the new one), so it may be entered too. */
  acceptsExpired?: boolean;
  /** Cross-field rules of one item, as [field, rule, message], e.g. dates in order. */
  rules(input: I): [keyof I & string, string, string][];
  assign(row: E, input: I): void;
  /** The fields history compares and the person's export shows (the number is added apart). */
  view(row: E): Record<string, unknown>;
}

export interface ListChange {
  profileId: string;
  principal: Principal;
  operation: string;
}

/** Today as YYYY-MM-DD in UTC, the zone dates are entered in. */
export const today = (): string => new Date().toISOString().slice(0, 10);

const isPartner = (principal: Principal) => principal.kind === 'partner';

/** Partner systems act for a traveller's employer, so they never see what belongs to private travel. */
export function visibleTo<T extends { context?: TravelContext }>(principal: Principal, items: T[]): T[] {
  return isPartner(principal) ? items.filter((item) => item.context !== TravelContext.LEISURE) : items;
}

/**
 * One list of a profile's travel documents (passports, visas…), replaced as a whole: entries kept
 * by id (a kept numbered entry without a new number keeps its number), the rest removed, new ones
 * added; every change recorded in history with the number redacted.
 */
export class DocumentListService<E extends DocumentRow, I extends DocumentItem> implements ProfilePart {
  readonly name: string;

  constructor(
    readonly kind: DocumentKind<E, I>,
    /** Also how other features mask a document number (e.g. the export). */
    readonly numbers: EncryptedNumbers,
    private readonly history: ProfileHistoryService,
  ) {
    this.name = kind.list;
  }

  async findByProfileIds(manager: EntityManager, profileIds: readonly string[]): Promise<E[]> {
    return (await this.repository(manager).find({ where: { profileId: In([...profileIds]) }, order: this.kind.order as FindOptionsOrder<DocumentRow> })) as E[];
  }

  async replace(manager: EntityManager, change: ListChange, inputs: I[], now: Date): Promise<void> {
    const repository = this.repository(manager);
    const stored = (await repository.find({ where: { profileId: change.profileId } })) as E[];
    // A partner replaces only what it can see; the traveller's leisure entries stay as they are.
    const existing = new Map(visibleTo(change.principal, stored).map((row) => [row.id, row]));
    this.assertValid(inputs, existing, change.principal);
    const kept = new Set(inputs.map((input) => input.id).filter(Boolean));
    const removed = [...existing.keys()].filter((id) => !kept.has(id));
    if (removed.length > 0) await repository.delete({ id: In(removed) });
    const rows = inputs.map((input) => this.toRow(change.profileId, input, input.id ? existing.get(input.id) : undefined, now));
    if (rows.length > 0) await repository.save(rows);
    const afterById = new Map(rows.map((row) => [row.id, row]));
    for (const id of new Set([...existing.keys(), ...afterById.keys()])) {
      const before = existing.get(id);
      const after = afterById.get(id);
      await this.history.record(
        manager,
        {
          ...change,
          subjectClass: this.kind.entity,
          subjectId: id,
          before: before ? this.historyView(before) : null,
          after: after ? this.historyView(after) : null,
          alsoRedact: ['number'],
        },
        now,
      );
    }
  }

  async merge(manager: EntityManager, mergedId: string, survivorId: string): Promise<void> {
    await this.repository(manager).update({ profileId: mergedId }, { profileId: survivorId });
  }

  async exportSubject(manager: EntityManager, profileId: string): Promise<unknown> {
    const rows = await this.findByProfileIds(manager, [profileId]);
    return rows.map((row) => ({
      ...(this.kind.numbered ? { number: this.numbers.reveal(row as unknown as EncryptedNumberColumns) } : {}),
      ...this.kind.view(row),
    }));
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    await this.repository(manager).delete({ profileId });
  }

  private repository(manager: EntityManager): Repository<DocumentRow> {
    return manager.getRepository<DocumentRow>(this.kind.entity);
  }

  /** What history compares: the number by its keyed hash, so a re-entered equal number is no change. */
  historyView(row: E): Record<string, unknown> {
    return { ...(this.kind.numbered ? { number: (row as unknown as EncryptedNumberColumns).numberHash } : {}), ...this.kind.view(row) };
  }

  /** The rules beyond the inputs' own, against the entries on file; the CSV import runs them before it writes anything. */
  assertValid(inputs: I[], existing: Map<string, E>, principal: Principal): void {
    const violations = inputs.flatMap((input, index) => this.check(input, `input.${this.kind.list}.${index}`, existing, principal));
    if (violations.length > 0) throw new ValidationFailedError(violations);
  }

  private check(input: I, field: string, existing: Map<string, E>, principal: Principal): FieldViolation[] {
    const violations: FieldViolation[] = [];
    const current = input.id ? existing.get(input.id) : undefined;
    if (input.id && !current) violations.push({ field: `${field}.id`, rule: 'belongsToProfile', message: `is not a ${this.kind.label} of this traveller` });
    if (this.kind.numbered && !input.id && !input.number)
      violations.push({ field: `${field}.number`, rule: 'isNotEmpty', message: `is required for a new ${this.kind.label}` });
    if (isPartner(principal) && input.context === TravelContext.LEISURE) {
      violations.push({ field: `${field}.context`, rule: 'partnerContext', message: 'partner systems may not record leisure travel documents' });
    }
    for (const [name, rule, message] of this.kind.rules(input)) violations.push({ field: `${field}.${name}`, rule, message });
    const end = this.kind.end;
    const ends = (input as unknown as Record<string, string | null | undefined>)[end] ?? null;
    // An entry already on file may have lapsed; a new or re-dated one must still be valid.
    const changedEnd = !current || (current as unknown as Record<string, unknown>)[end] !== ends;
    if (!this.kind.acceptsExpired && ends && changedEnd && ends < today()) {
      violations.push({ field: `${field}.${end}`, rule: 'notExpired', message: `is in the past: an expired ${this.kind.label} cannot be entered as current` });
    }
    return violations;
  }

  /** The stored row for an input; the CSV import inserts new ones in bulk. */
  toRow(profileId: string, input: I, current: E | undefined, now: Date): E {
    const row = Object.assign(new this.kind.entity(), current ?? { id: uuid7(), profileId, createdAt: now }) as E;
    if (this.kind.numbered && input.number) this.numbers.seal(row as unknown as EncryptedNumberColumns, input.number);
    if (this.kind.contextual) row.context = input.context ?? TravelContext.ANY;
    this.kind.assign(row, input);
    return row;
  }
}
