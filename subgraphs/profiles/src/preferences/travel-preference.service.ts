import { DataSource, EntityManager, In } from 'typeorm';
import { Principal, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfilePart, ProfileWrite } from '../profile/profile-parts';
import { assertSpecialCategoryConsent } from '../consent/consent-rules';
import { SPECIAL_CATEGORIES, TravelContext, TravelPreference } from './travel-preference.entity';
import { TravelPreferenceInput } from './set-travel-preferences.input';
import { normalisePreferenceValue } from './preference-codes';

export interface PreferenceChange {
  profileId: string;
  principal: Principal;
  operation: string;
}

const HISTORY_FIELDS = ['category', 'value', 'stance', 'context', 'notes'] as const;
const historyView = (preference: TravelPreference) => Object.fromEntries(HISTORY_FIELDS.map((field) => [field, preference[field]]));
const identity = (preference: Pick<TravelPreference, 'category' | 'value' | 'context'>) => `${preference.category}|${preference.value}|${preference.context}`;

/** Partners serve business travel only: a traveller's leisure preferences are none of their business. */
export function visibleTo(principal: Principal, preferences: TravelPreference[]): TravelPreference[] {
  return principal.kind === 'partner' ? preferences.filter((preference) => preference.context !== TravelContext.LEISURE) : preferences;
}

export class TravelPreferenceService implements ProfilePart {
  readonly name = 'travelPreferences';

  constructor(
    private readonly dataSource: DataSource,
    private readonly history: ProfileHistoryService,
  ) {}

  findByProfileIds(profileIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<TravelPreference[]> {
    return manager.getRepository(TravelPreference).find({ where: { profileId: In([...profileIds]) }, order: { position: 'ASC' } });
  }

  /**
   * Replaces either the ordinary or the special-category list; the other is left as it is. A partner
   * replaces only what it can see: the traveller's leisure preferences stay as they are.
   */
  async replace(manager: EntityManager, change: PreferenceChange, special: boolean, inputs: TravelPreferenceInput[], now: Date): Promise<void> {
    const seen = new Set<string>();
    const wanted = inputs.map((input, index) => {
      const field = `input.preferences.${index}`;
      if (change.principal.kind === 'partner' && input.context === TravelContext.LEISURE) {
        throw ValidationFailedError.single(`${field}.context`, 'partnerContext', 'partner systems may not record leisure travel preferences');
      }
      if (SPECIAL_CATEGORIES.has(input.category) !== special) {
        throw special
          ? ValidationFailedError.single(`${field}.category`, 'isSpecialCategory', 'must be MEAL, MOBILITY or VISUAL_HEARING here')
          : ValidationFailedError.single(`${field}.category`, 'isNotSpecialCategory', 'is special-category data: set it with setSpecialCategoryPreferences');
      }
      const value = normalisePreferenceValue(input.category, input.value);
      const key = identity({ category: input.category, value, context: input.context });
      if (seen.has(key)) throw ValidationFailedError.single(field, 'unique', 'repeats an earlier preference with the same category, value and context');
      seen.add(key);
      return { ...input, value, notes: input.notes?.trim() || null, position: index };
    });
    if (special && wanted.length > 0) await assertSpecialCategoryConsent(manager, change.profileId, 'input.preferences');

    const repository = manager.getRepository(TravelPreference);
    const existing = visibleTo(change.principal, await repository.find({ where: { profileId: change.profileId, special } }));
    const existingByKey = new Map(existing.map((row) => [identity(row), row]));
    const rows = wanted.map((item) =>
      Object.assign(new TravelPreference(), existingByKey.get(identity(item)) ?? { id: uuid7(), profileId: change.profileId, special, createdAt: now }, {
        category: item.category,
        value: item.value,
        stance: item.stance,
        context: item.context,
        notes: item.notes,
        position: item.position,
      }),
    );
    const kept = new Set(rows.map((row) => row.id));
    const removed = existing.filter((row) => !kept.has(row.id));
    if (removed.length > 0) await repository.delete({ id: In(removed.map((row) => row.id)) });
    if (rows.length > 0) await repository.save(rows);
    await this.recordHistory(manager, change, special, existing, rows, now);
  }

  /** Withdrawn consent takes effect at once: the special-category list goes in the same transaction. */
  async eraseSpecialCategory({ manager, at, ...change }: ProfileWrite): Promise<void> {
    const repository = manager.getRepository(TravelPreference);
    const existing = await repository.find({ where: { profileId: change.profileId, special: true } });
    if (existing.length === 0) return;
    await repository.delete({ profileId: change.profileId, special: true });
    await this.recordHistory(manager, change, true, existing, [], at);
  }

  async merge(manager: EntityManager, mergedId: string, survivorId: string): Promise<void> {
    await manager.getRepository(TravelPreference).update({ profileId: mergedId }, { profileId: survivorId });
  }

  async exportSubject(manager: EntityManager, profileId: string): Promise<unknown> {
    const preferences = await this.findByProfileIds([profileId], manager);
    return preferences.map((preference) => ({ ...historyView(preference), specialCategory: preference.special }));
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    await manager.getRepository(TravelPreference).delete({ profileId });
  }

  private async recordHistory(
    manager: EntityManager,
    change: PreferenceChange,
    special: boolean,
    before: TravelPreference[],
    after: TravelPreference[],
    now: Date,
  ): Promise<void> {
    const beforeById = new Map(before.map((row) => [row.id, row]));
    const afterById = new Map(after.map((row) => [row.id, row]));
    for (const id of new Set([...beforeById.keys(), ...afterById.keys()])) {
      const old = beforeById.get(id);
      const current = afterById.get(id);
      await this.history.record(
        manager,
        {
          ...change,
          subjectClass: TravelPreference,
          subjectId: id,
          before: old ? historyView(old) : null,
          after: current ? historyView(current) : null,
          fields: [...HISTORY_FIELDS],
          specialCategory: special,
        },
        now,
      );
    }
  }
}
