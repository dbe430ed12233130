import { SelectQueryBuilder } from 'typeorm';
import { Profile } from '../profile/profile.entity';
import { ProfilePart } from '../profile/profile-parts';
import { ProfileFilter } from '../profile/profile-list.args';
import { DocumentNumbers } from './document-number';

/** Every table holding encrypted document numbers, each with an index on number_hash. */
const NUMBERED_TABLES = ['passports', 'visas', 'vaccination_certificates', 'travel_insurance_policies'];

/** `ProfileFilter.documentNumber`: travellers holding any document with that number, found by keyed hash, never in clear. */
export class DocumentNumberSearch implements ProfilePart {
  readonly name = 'documentNumberSearch';

  constructor(private readonly numbers: DocumentNumbers) {}

  /**
   * A derived table, not `IN (… UNION …)`: MariaDB cannot turn a UNION subquery into a semi-join
   * and would probe it once per profile; the derived table is read once through each number_hash index.
   */
  async filterList(qb: SelectQueryBuilder<Profile>, filter: ProfileFilter): Promise<void> {
    if (!filter.documentNumber) return;
    const matches = NUMBERED_TABLES.map((table) => `SELECT profile_id FROM ${table} WHERE number_hash = :documentNumberHash`).join(' UNION ');
    qb.innerJoin(`(${matches})`, 'document_match', `document_match.profile_id = ${qb.alias}.id`, { documentNumberHash: this.numbers.hashOf(filter.documentNumber) });
  }
}
