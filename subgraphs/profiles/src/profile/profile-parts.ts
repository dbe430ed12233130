import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Principal } from '@wayfarer/kit';
import type { Profile } from './profile.entity';
import type { Passport } from '../documents/passport.entity';
import type { ProfileFilter } from './profile-list.args';
import type { MergeChoices } from '../duplicates/merge-choices';

/**
 * New profiles inserted together (the CSV import), as stored, with the passports inserted with
 * them; they have no other parts' rows yet, so derived data comes from these alone.
 */
export interface ProfileBulkWrite extends Omit<ProfileWrite, 'profileId'> {
  profiles: Profile[];
  passports: Passport[];
}

export interface ProfileWrite {
  manager: EntityManager;
  profileId: string;
  principal: Principal;
  operation: string;
  at: Date;
}

/**
 * A profile sort key and the profile id, as columns of a table a list filter joined, in one of its
 * indexes: ordering by them walks that index instead of sorting every match.
 */
export interface JoinedSortKey {
  sortProperty: string;
  sort: string;
  id: string;
  /** The joined table's rows for the filter alone: the same travellers, counted without the join, when nothing else narrows the list. */
  rowsAlone: () => SelectQueryBuilder<ObjectLiteral>;
}

/**
 * A part of a traveller's profile kept in its own tables (passports, preferences, consents…).
 * Merge, data-subject export and erasure walk every registered part, so a new part is
 * covered by registering it, not by editing those features.
 */
export interface ProfilePart {
  name: string;
  /** After any write to the profile or its parts, in the same transaction: derived keys, segments. */
  afterWrite?(write: ProfileWrite): Promise<void>;
  /**
   * After many new profiles were inserted at once (the CSV import), in the same transaction:
   * the same derived rows as afterWrite, built in memory and inserted in a few statements.
   * Parts without it get afterWrite per profile.
   */
  afterInsertMany?(write: ProfileBulkWrite): Promise<void>;
  /**
   * Destroys this part's special-category data the moment the traveller's consent for it
   * ends, in the same transaction; `profile` is the row about to be written back.
   */
  eraseSpecialCategory?(write: ProfileWrite, profile: Profile): Promise<void>;
  /** Moves the merged profile's rows to the survivor, in the merge transaction; a part holding a field the merge offers follows its choice. */
  merge?(manager: EntityManager, mergedId: string, survivorId: string, principal: Principal, choices: MergeChoices): Promise<void>;
  /** Everything this part holds on the person, in clear, for the person's own copy. */
  exportSubject?(manager: EntityManager, profileId: string): Promise<unknown>;
  /** Destroys this part's data on the person. */
  eraseSubject?(manager: EntityManager, profileId: string): Promise<void>;
  /** Narrows a profile list by this part's filter fields (as one indexed condition, whatever the page size). */
  filterList?(qb: SelectQueryBuilder<Profile>, filter: ProfileFilter, principal: Principal): Promise<JoinedSortKey[] | void>;
}

export class ProfileParts {
  private readonly parts: ProfilePart[] = [];

  register(part: ProfilePart): void {
    this.parts.push(part);
  }

  all(): readonly ProfilePart[] {
    return this.parts;
  }

  async afterWrite(write: ProfileWrite): Promise<void> {
    for (const part of this.parts) await part.afterWrite?.(write);
  }

  async afterInsertMany(write: ProfileBulkWrite): Promise<void> {
    const { profiles, passports: _passports, ...rest } = write;
    for (const part of this.parts) {
      if (part.afterInsertMany) await part.afterInsertMany(write);
      else if (part.afterWrite) for (const profile of profiles) await part.afterWrite({ ...rest, profileId: profile.id });
    }
  }

  async eraseSpecialCategory(write: ProfileWrite, profile: Profile): Promise<void> {
    for (const part of this.parts) await part.eraseSpecialCategory?.(write, profile);
  }

  async filterList(qb: SelectQueryBuilder<Profile>, filter: ProfileFilter, principal: Principal): Promise<JoinedSortKey[]> {
    const sortKeys: JoinedSortKey[] = [];
    for (const part of this.parts) sortKeys.push(...((await part.filterList?.(qb, filter, principal)) ?? []));
    return sortKeys;
  }
}
