import { DataSource, EntityManager, In, LessThan, SelectQueryBuilder } from 'typeorm';
import { bulkInsert, ForbiddenError, hasScopes, inTransaction, Principal, searchKey, ValidationFailedError } from '@wayfarer/kit';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import { JoinedSortKey, ProfileBulkWrite, ProfilePart, ProfileWrite } from '../profile/profile-parts';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { ProfileHistoryService } from '../history/profile-history.service';
import { TravelContext, TravelPreference } from '../preferences/travel-preference.entity';
import { ProfileSegment } from './profile-segment.entity';
import { ProfileTag } from './profile-tag.entity';
import { ProfileLoyaltyTier } from '../loyalty-tiers/profile-loyalty-tier.entity';
import { deriveSegments, SegmentSources, SPECIAL_NEEDS_SEGMENT } from './segments';
import { ProfileFilter } from '../profile/profile-list.args';
import { SegmentCount, TagCount } from './segment-count.types';
import { byProfile, diffRows } from '../reminders/derived-rows';
import { MergeChoices } from '../duplicates/merge-choices';
import { MergeSide, TAGS } from '../duplicates/merge-profiles.input';

const today = () => new Date().toISOString().slice(0, 10);

export const tagKey = (tag: string): string => searchKey(tag).slice(0, 40);

const mayReadSpecial = (principal: Principal) => hasScopes(principal, [[PROFILE_SCOPES.readSpecial]]);

/** Partners never see a traveller's leisure travel, so nor that they have any. */
const LEISURE_SEGMENT = `context:${TravelContext.LEISURE.toLowerCase()}`;

/** Whether the principal may read what a segment reveals: health needs, or leisure travel for a partner. */
const mayReadSegment = (segment: string, principal: Principal): boolean =>
  (segment !== SPECIAL_NEEDS_SEGMENT || mayReadSpecial(principal)) && (segment !== LEISURE_SEGMENT || principal.kind !== 'partner');

const segmentRows = (profile: Profile, sources: Omit<SegmentSources, 'profile'>, on: string): ProfileSegment[] =>
  deriveSegments({ profile, ...sources }, on).map((row) => Object.assign(new ProfileSegment(), { profileId: profile.id, nameKey: profile.nameKey, ...row }));

/** Free tags staff set, and the segments derived from the profile after every write. */
export class ProfileSegmentsService implements ProfilePart {
  readonly name = 'segments';
  /** The day stale age bands were last moved on, in this process. */
  private freshOn = '';

  constructor(
    private readonly dataSource: DataSource,
    private readonly history: ProfileHistoryService,
  ) {}

  async afterWrite({ manager, profileId }: ProfileWrite): Promise<void> {
    await this.refresh(manager, [profileId]);
  }

  /** New profiles have no preferences or segments yet: derived in memory, only inserts. */
  async afterInsertMany({ manager, profiles }: ProfileBulkWrite): Promise<void> {
    const on = today();
    await bulkInsert(
      manager,
      ProfileSegment,
      profiles.flatMap((profile) => segmentRows(profile, { preferences: [] }, on)),
    );
  }

  /** Re-derives the segments of these profiles, writing only where they changed. */
  async refresh(manager: EntityManager, profileIds: readonly string[]): Promise<void> {
    if (profileIds.length === 0) return;
    const ids = [...profileIds];
    const profiles = await manager.getRepository(Profile).find({ where: { id: In(ids) } });
    const preferences = await manager
      .getRepository(TravelPreference)
      .find({ where: { profileId: In(ids) }, select: { profileId: true, category: true, context: true } });
    const loyalty = await manager.getRepository(ProfileLoyaltyTier).find({ where: { profileId: In(ids) } });
    const existing = await manager.getRepository(ProfileSegment).find({ where: { profileId: In(ids) } });
    const on = today();
    const preferencesOf = byProfile(ids, preferences);
    const loyaltyOf = byProfile(ids, loyalty);
    const existingOf = byProfile(ids, existing);
    const derived = profiles.flatMap((profile) => segmentRows(profile, { preferences: preferencesOf(profile.id), loyalty: loyaltyOf(profile.id)[0] }, on));
    const stored = ids.flatMap((id) => existingOf(id));
    const { stale, fresh } = diffRows(
      stored,
      derived,
      (row) => `${row.profileId}|${row.segment}`,
      (a, b) => a.validUntil === b.validUntil && a.nameKey === b.nameKey,
    );
    const repository = manager.getRepository(ProfileSegment);
    for (const row of stale) await repository.delete({ profileId: row.profileId, segment: row.segment });
    for (let start = 0; start < fresh.length; start += 1000) await repository.insert(fresh.slice(start, start + 1000));
  }

  /** Moves age bands on for birthdays passed since the last write; once a day per process, usually finding nothing. */
  async ensureFresh(): Promise<void> {
    const on = today();
    if (this.freshOn === on) return;
    for (;;) {
      const stale = await this.dataSource.getRepository(ProfileSegment).find({ where: { validUntil: LessThan(on) }, select: { profileId: true }, take: 500 });
      if (stale.length === 0) break;
      await inTransaction(this.dataSource, (manager) => this.refresh(manager, [...new Set(stale.map((row) => row.profileId))]));
    }
    this.freshOn = on;
  }

  async tagsOf(profileIds: readonly string[]): Promise<ProfileTag[]> {
    return this.dataSource.getRepository(ProfileTag).find({ where: { profileId: In([...profileIds]) }, order: { tagKey: 'ASC' } });
  }

  async segmentsOf(profileIds: readonly string[]): Promise<ProfileSegment[]> {
    await this.ensureFresh();
    return this.dataSource.getRepository(ProfileSegment).find({ where: { profileId: In([...profileIds]) }, order: { segment: 'ASC' } });
  }

  visibleSegments(segments: string[], principal: Principal): string[] {
    return segments.filter((segment) => mayReadSegment(segment, principal));
  }

  /**
   * The tag and segment conditions of a profile list, on an index each, whatever the page size. A segment's
   * travellers in name order come off the segment index, which holds the name key.
   */
  async filterList(qb: SelectQueryBuilder<Profile>, filter: ProfileFilter, principal: Principal): Promise<JoinedSortKey[]> {
    if (filter.tag) qb.andWhere(`${qb.alias}.id IN (SELECT tag.profile_id FROM profile_tags tag WHERE tag.tag_key = :tagKey)`, { tagKey: tagKey(filter.tag) });
    if (filter.segment) {
      if (!mayReadSegment(filter.segment, principal)) {
        throw new ForbiddenError(
          filter.segment === SPECIAL_NEEDS_SEGMENT
            ? 'Filtering by special needs needs the profiles.special:read scope'
            : 'Partner clients may not filter by leisure travel',
        );
      }
      await this.ensureFresh();
      // (profile, segment) is the key, so the join adds no rows.
      qb.innerJoin(ProfileSegment, 'segment', `segment.profile_id = ${qb.alias}.id AND segment.segment = :segment`, { segment: filter.segment });
      const segment = filter.segment;
      return [
        {
          sortProperty: 'nameKey',
          sort: 'segment.name_key',
          id: 'segment.profile_id',
          rowsAlone: () => this.dataSource.getRepository(ProfileSegment).createQueryBuilder('segment').where('segment.segment = :segment', { segment }),
        },
      ];
    }
    return [];
  }

  async segmentCounts(principal: Principal): Promise<SegmentCount[]> {
    await this.ensureFresh();
    const rows = await this.dataSource
      .getRepository(ProfileSegment)
      .createQueryBuilder('segment')
      .select('segment.segment', 'segment')
      .addSelect('COUNT(*)', 'count')
      .groupBy('segment.segment')
      .orderBy('segment.segment')
      .getRawMany<{ segment: string; count: string | number }>();
    return rows.filter((row) => mayReadSegment(row.segment, principal)).map((row) => ({ segment: row.segment, count: Number(row.count) }));
  }

  async tagCounts(limit: number): Promise<TagCount[]> {
    const rows = await this.dataSource
      .getRepository(ProfileTag)
      .createQueryBuilder('tag')
      .innerJoin(Profile, 'profile', 'profile.id = tag.profile_id AND profile.status = :active', { active: ProfileStatus.ACTIVE })
      .select('MIN(tag.tag)', 'tag')
      .addSelect('COUNT(*)', 'count')
      .groupBy('tag.tag_key')
      .orderBy('count', 'DESC')
      .addOrderBy('tag.tag_key')
      .limit(limit)
      .getRawMany<{ tag: string; count: string | number }>();
    return rows.map((row) => ({ tag: row.tag, count: Number(row.count) }));
  }

  /** Folds and de-duplicates tags as given; the first spelling of a tag is kept. */
  normaliseTags(input: string[]): Map<string, string> {
    const tags = new Map<string, string>();
    input.forEach((raw, index) => {
      const tag = raw.trim().replace(/\s+/g, ' ');
      const key = tagKey(tag);
      if (!key) throw ValidationFailedError.single(`input.tags.${index}`, 'isTag', 'needs a letter or digit');
      if (!tags.has(key)) tags.set(key, tag);
    });
    return tags;
  }

  async replaceTags(
    manager: EntityManager,
    change: { profileId: string; principal: Principal; operation: string },
    tags: Map<string, string>,
    at: Date,
  ): Promise<void> {
    const { profileId } = change;
    const repository = manager.getRepository(ProfileTag);
    const before = await repository.find({ where: { profileId }, order: { tagKey: 'ASC' } });
    await repository.delete({ profileId });
    const rows = [...tags].sort(([a], [b]) => a.localeCompare(b)).map(([key, tag]) => Object.assign(new ProfileTag(), { profileId, tagKey: key, tag }));
    if (rows.length > 0) await repository.insert(rows);
    await this.history.record(
      manager,
      {
        ...change,
        subjectClass: Profile,
        subjectId: profileId,
        before: { tags: before.map((row) => row.tag) },
        after: { tags: rows.map((row) => row.tag) },
        fields: ['tags'],
      },
      at,
    );
  }

  async merge(manager: EntityManager, mergedId: string, survivorId: string, principal: Principal, choices: MergeChoices): Promise<void> {
    const repository = manager.getRepository(ProfileTag);
    const tagsOf = async (profileId: string) => (await repository.find({ where: { profileId }, order: { tagKey: 'ASC' } })).map((row) => row.tag);
    const [survivorTags, mergedTags] = [await tagsOf(survivorId), await tagsOf(mergedId)];
    const side = choices.sideOf(TAGS);
    const kept = side === MergeSide.BOTH ? choices.combine(TAGS, survivorTags, mergedTags) : side === MergeSide.MERGED ? mergedTags : survivorTags;
    await repository.delete({ profileId: mergedId });
    await this.replaceTags(manager, { profileId: survivorId, principal, operation: 'mergeProfiles' }, this.normaliseTags(kept), new Date());
    await manager.getRepository(ProfileSegment).delete({ profileId: mergedId });
  }

  async exportSubject(manager: EntityManager, profileId: string): Promise<unknown> {
    const [tags, segments] = await Promise.all([
      manager.getRepository(ProfileTag).find({ where: { profileId }, order: { tagKey: 'ASC' } }),
      manager.getRepository(ProfileSegment).find({ where: { profileId }, order: { segment: 'ASC' } }),
    ]);
    return { tags: tags.map((row) => row.tag), segments: segments.map((row) => row.segment) };
  }

  async eraseSubject(manager: EntityManager, profileId: string): Promise<void> {
    await manager.getRepository(ProfileTag).delete({ profileId });
    await manager.getRepository(ProfileSegment).delete({ profileId });
  }
}
