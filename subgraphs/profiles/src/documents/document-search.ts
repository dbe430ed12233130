import { SelectQueryBuilder } from 'typeorm';
import { EncryptedNumbers, ForbiddenError, hasScopes, Principal } from '@wayfarer/kit';
import { Profile } from '../profile/profile.entity';
import { ProfilePart } from '../profile/profile-parts';
import { ProfileFilter } from '../profile/profile-list.args';
import { PROFILE_SCOPES } from '../profile/profile.scopes';
import { TravelContext } from '../preferences/travel-preference.entity';

/** Every table holding encrypted document numbers, each with an index on number_hash; passports have no travel context. */
const NUMBERED_TABLES: { table: string; hasContext: boolean }[] = [
  { table: 'passports', hasContext: false },
  { table: 'visas', hasContext: true },
  { table: 'vaccination_certificates', hasContext: true },
  { table: 'travel_insurance_policies', hasContext: true },
];

/**
 * `ProfileFilter.documentNumber`: travellers holding any document with that number, found by keyed hash,
 * never in clear. A match tells whether a number is held, so only those who may read full numbers may ask,
 * and a partner's search never matches the leisure documents it is never shown.
 */
export class DocumentNumberSearch implements ProfilePart {
  readonly name = 'documentNumberSearch';

  constructor(private readonly numbers: EncryptedNumbers) {}

  /**
   * A derived table, not `IN (… UNION …)`: MariaDB cannot turn a UNION subquery into a semi-join
   * and would probe it once per profile; the derived table is read once through each number_hash index.
   */
  async filterList(qb: SelectQueryBuilder<Profile>, filter: ProfileFilter, principal: Principal): Promise<void> {
    if (!filter.documentNumber) return;
    if (!hasScopes(principal, [[PROFILE_SCOPES.readDocuments]]))
      throw new ForbiddenError('Filtering by filter.documentNumber needs the profiles.documents:read scope');
    const partner = principal.kind === 'partner';
    const matches = NUMBERED_TABLES.map(
      ({ table, hasContext }) =>
        `SELECT profile_id FROM ${table} WHERE number_hash = :documentNumberHash${partner && hasContext ? ' AND context <> :leisure' : ''}`,
    ).join(' UNION ');
    qb.innerJoin(`(${matches})`, 'document_match', `document_match.profile_id = ${qb.alias}.id`, {
      documentNumberHash: this.numbers.hashOf(filter.documentNumber),
      leisure: TravelContext.LEISURE,
    });
  }
}
