import { DataSource, EntityManager, In } from 'typeorm';
import { ConflictError, utcToday, ValidationFailedError } from '@wayfarer/kit';
import { Profile, ProfileStatus } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import type { EmailAddress, PhoneNumber } from '../profile/contact.types';
import { ProfileSegment } from '../segments/profile-segment.entity';
import { ProfileTag } from '../segments/profile-tag.entity';
import { SPECIAL_NEEDS_SEGMENT } from '../segments/segments';
import { tagKey } from '../segments/profile-segments.service';
import { ProfileAccountLink } from '../account-links/profile-account-link.entity';
import { ConsentChannel, ConsentPurpose, ConsentRecord, LegalBasis } from '../consent/consent-record.entity';
import { allowsMarketing } from '../consent/consent-rules';
import { ConsentService } from '../consent/consent.service';
import type { Principal } from '@wayfarer/kit';
import {
  CampaignAudienceCounts,
  CampaignAudienceInput,
  CampaignAudienceMember,
  CampaignAudiencePage,
  CampaignExclusion,
  MarketingChannel,
} from './campaign-audience.types';

const PURPOSE: Record<MarketingChannel, ConsentPurpose> = {
  [MarketingChannel.EMAIL]: ConsentPurpose.MARKETING_EMAIL,
  [MarketingChannel.SMS]: ConsentPurpose.MARKETING_SMS,
};
/** What counting an audience reads per statement: big enough that a million travellers take a few hundred statements. */
const COUNT_CHUNK = 10_000;
/** How far one dry-run page looks for travellers of the kind asked for before handing back a cursor. */
const FILTER_SCAN_LIMIT = 50_000;
/** The unsubscribe link's record of the opt-out: the notice the traveller acted on. */
const UNSUBSCRIBE_NOTICE = 'unsubscribe-link';
const STATUS_EXCLUSION: Partial<Record<ProfileStatus, CampaignExclusion>> = {
  [ProfileStatus.ARCHIVED]: CampaignExclusion.ARCHIVED,
  [ProfileStatus.ERASED]: CampaignExclusion.ERASED,
  [ProfileStatus.MERGED]: CampaignExclusion.MERGED,
};

type AudienceRow = Pick<Profile, 'id' | 'status' | 'emails' | 'phones' | 'preferredLanguage' | 'givenName' | 'preferredName'>;

const defaultOf = <T extends { isDefault: boolean }>(entries: T[]): T | undefined => entries.find((entry) => entry.isDefault) ?? entries[0];

/** An audience's criteria as one kind drives the walk (its index, in profile id order) and the others filter. */
interface AudienceWalk {
  candidates(manager: EntityManager, after: string, limit: number): Promise<{ ids: string[]; more: boolean }>;
  filter(qb: ReturnType<EntityManager['createQueryBuilder']>): void;
}

/**
 * Campaign audiences, resolved where the segments, tags, account links, contacts and consents are:
 * walked in profile id order off the driving criterion's index, a page at a time, in a fixed
 * number of statements per page (never one per traveller).
 */
export class CampaignAudienceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly consents: ConsentService,
  ) {}

  async page(
    audience: CampaignAudienceInput,
    channel: MarketingChannel,
    after: string | null,
    limit: number,
    eligible?: boolean | null,
  ): Promise<CampaignAudiencePage> {
    const walk = this.walk(audience);
    const members: CampaignAudienceMember[] = [];
    let cursor = after ?? '';
    let scanned = 0;
    for (;;) {
      const chunk = eligible === undefined || eligible === null ? limit - members.length : Math.min(COUNT_CHUNK, Math.max(limit * 4, 1_000));
      const { rows, last, more } = await this.chunk(walk, cursor, chunk);
      const evaluated = await this.evaluate(rows, channel);
      for (const member of evaluated) {
        if (eligible !== undefined && eligible !== null && member.eligible !== eligible) continue;
        members.push(member);
        if (members.length === limit) return { members, nextCursor: more || member.profileId !== last ? member.profileId : null };
      }
      scanned += chunk;
      if (!more) return { members, nextCursor: null };
      cursor = last!;
      if (scanned >= FILTER_SCAN_LIMIT) return { members, nextCursor: cursor };
    }
  }

  async counts(audience: CampaignAudienceInput, channel: MarketingChannel): Promise<CampaignAudienceCounts> {
    const walk = this.walk(audience);
    let eligible = 0;
    const excluded = new Map<CampaignExclusion, number>();
    for (let cursor = '', more = true; more;) {
      const chunk = await this.chunk(walk, cursor, COUNT_CHUNK);
      for (const member of await this.evaluate(chunk.rows, channel)) {
        if (member.eligible) eligible++;
        else excluded.set(member.exclusion!, (excluded.get(member.exclusion!) ?? 0) + 1);
      }
      more = chunk.more;
      cursor = chunk.last ?? cursor;
    }
    return {
      eligible,
      excluded: Object.values(CampaignExclusion).flatMap((reason) => (excluded.has(reason) ? [{ reason, count: excluded.get(reason)! }] : [])),
    };
  }

  /** The travellers asked about as they stand now, in the order asked: a send re-checks each batch with it right before sending. */
  async members(profileIds: readonly string[], channel: MarketingChannel): Promise<CampaignAudienceMember[]> {
    const ids = [...new Set(profileIds)];
    const rows = ids.length
      ? await this.selectProfiles(this.dataSource.manager)
          .where({ id: In(ids) })
          .getMany()
      : [];
    const byId = new Map((await this.evaluate(rows, channel)).map((member) => [member.profileId, member]));
    return profileIds.map(
      (profileId) => byId.get(profileId) ?? { profileId, eligible: false, exclusion: CampaignExclusion.ERASED, address: null, language: null, name: null },
    );
  }

  /**
   * The traveller's opt-out from a channel, recorded as a refusal that replaces the consent in force; whether a consent was in force.
   * Retried when a staff member changed the profile at the same moment: the link knows no version.
   */
  async withdraw(profileId: string, channel: MarketingChannel, principal: Principal): Promise<boolean> {
    const purpose = PURPOSE[channel];
    for (let attempt = 1; ; attempt++) {
      const profile = await this.dataSource.getRepository(Profile).findOne({ where: { id: profileId }, select: { id: true, version: true, status: true } });
      if (!profile || profile.status === ProfileStatus.ERASED || profile.status === ProfileStatus.MERGED) return false;
      const inForce = await this.dataSource.getRepository(ConsentRecord).find({ where: { profileId, purpose } });
      if (!inForce.some(allowsMarketing)) return false;
      try {
        await this.profiles.changeVersioned(profileId, profile.version, principal, 'withdrawMarketingConsent', (current, manager) =>
          this.consents
            .record(
              manager,
              { profileId, principal, operation: 'withdrawMarketingConsent' },
              current,
              { purpose, granted: false, legalBasis: LegalBasis.CONSENT, noticeVersion: UNSUBSCRIBE_NOTICE, channel: ConsentChannel.WEB },
              current.updatedAt,
            )
            .then(() => undefined),
        );
        return true;
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt === 3) throw error;
      }
    }
  }

  private walk(audience: CampaignAudienceInput): AudienceWalk {
    const segments = [...new Set(audience.segments ?? [])];
    const tags = [...new Set((audience.tags ?? []).map(tagKey).filter(Boolean))];
    const accountId = audience.accountId ?? null;
    if (!segments.length && !tags.length && !accountId)
      throw ValidationFailedError.single('audience', 'hasCriterion', 'needs at least one segment, tag or account');
    if (segments.includes(SPECIAL_NEEDS_SEGMENT))
      throw ValidationFailedError.single('audience.segments', 'notSpecialCategory', 'special-category segments are never a marketing audience');
    const today = utcToday();
    const linkedToday = 'link.valid_from <= :today AND (link.valid_to IS NULL OR link.valid_to >= :today)';
    const sources = [
      ...segments.map((segment) => ({ entity: ProfileSegment, alias: 'source', where: 'source.segment = :value', params: { value: segment } })),
      ...(segments.length ? [] : tags.map((key) => ({ entity: ProfileTag, alias: 'source', where: 'source.tag_key = :value', params: { value: key } }))),
      ...(segments.length || tags.length
        ? []
        : [{ entity: ProfileAccountLink, alias: 'link', where: `link.account_id = :value AND ${linkedToday}`, params: { value: accountId, today } }]),
    ];
    return {
      // One keyset walk per value of the driving criterion, each straight off its (value, profile id) index, merged here.
      async candidates(manager, after, limit) {
        const lists = await Promise.all(
          sources.map(async (source) => {
            const rows: { profile_id: string }[] = await manager
              .createQueryBuilder(source.entity, source.alias)
              .select(`${source.alias}.profile_id`, 'profile_id')
              .where(source.where, source.params)
              .andWhere(`${source.alias}.profile_id > :after`, { after })
              .orderBy(`${source.alias}.profile_id`)
              .limit(limit)
              .getRawMany();
            return rows.map((row) => row.profile_id);
          }),
        );
        const full = lists.filter((ids) => ids.length === limit);
        const bound = full.length ? full.map((ids) => ids[ids.length - 1]).sort()[0] : null;
        const merged = [...new Set(lists.flat())].filter((id) => bound === null || id <= bound).sort();
        return { ids: merged.slice(0, limit), more: full.length > 0 || merged.length > limit };
      },
      filter(qb) {
        if (segments.length && tags.length)
          qb.andWhere('profile.id IN (SELECT tag.profile_id FROM profile_tags tag WHERE tag.tag_key IN (:...tags))', { tags });
        if ((segments.length || tags.length) && accountId)
          qb.andWhere(`profile.id IN (SELECT link.profile_id FROM profile_account_links link WHERE link.account_id = :accountId AND ${linkedToday})`, {
            accountId,
            today,
          });
      },
    };
  }

  private async chunk(walk: AudienceWalk, after: string, limit: number): Promise<{ rows: AudienceRow[]; last: string | null; more: boolean }> {
    const manager = this.dataSource.manager;
    const { ids, more } = await walk.candidates(manager, after, limit);
    if (!ids.length) return { rows: [], last: null, more: false };
    const qb = this.selectProfiles(manager).where({ id: In(ids) });
    walk.filter(qb);
    const rows = (await qb.getMany()).sort((a, b) => (a.id < b.id ? -1 : 1));
    return { rows, last: ids[ids.length - 1], more };
  }

  private selectProfiles(manager: EntityManager) {
    return manager
      .getRepository(Profile)
      .createQueryBuilder('profile')
      .select(['profile.id', 'profile.status', 'profile.emails', 'profile.phones', 'profile.preferredLanguage', 'profile.givenName', 'profile.preferredName']);
  }

  /** One statement for the page's consents, whatever its size. */
  private async evaluate(rows: AudienceRow[], channel: MarketingChannel): Promise<CampaignAudienceMember[]> {
    if (!rows.length) return [];
    const purpose = PURPOSE[channel];
    const consents = await this.dataSource.getRepository(ConsentRecord).find({
      where: { profileId: In(rows.map((row) => row.id)), purpose },
      select: { profileId: true, granted: true, withdrawnAt: true, legalBasis: true, purpose: true },
    });
    const inForce = new Set<string>();
    const everGranted = new Set<string>();
    for (const consent of consents) {
      if (allowsMarketing(consent)) inForce.add(consent.profileId);
      if (consent.granted) everGranted.add(consent.profileId);
    }
    return rows.map((row) => {
      const address = channel === MarketingChannel.EMAIL ? defaultOf<EmailAddress>(row.emails)?.address : defaultOf<PhoneNumber>(row.phones)?.number;
      const exclusion =
        STATUS_EXCLUSION[row.status] ??
        (inForce.has(row.id) ? null : everGranted.has(row.id) ? CampaignExclusion.WITHDRAWN : CampaignExclusion.NO_CONSENT) ??
        (address ? null : CampaignExclusion.NO_ADDRESS);
      if (exclusion) return { profileId: row.id, eligible: false, exclusion, address: null, language: null, name: null };
      return {
        profileId: row.id,
        eligible: true,
        exclusion: null,
        address: address!,
        language: row.preferredLanguage,
        name: row.preferredName || row.givenName,
      };
    });
  }
}
