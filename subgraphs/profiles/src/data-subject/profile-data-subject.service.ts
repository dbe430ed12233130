import { DataSource, EntityManager } from 'typeorm';
import { apiFieldsOf, classificationsOf, DataSubjectErasureOutcome, DataSubjectRights, inTransaction, Principal, subjectRecord } from '@wayfarer/kit';
import { ERASED_NAME, Profile, ProfileStatus } from '../profile/profile.entity';
import { ProfileService } from '../profile/profile.service';
import { ProfileParts } from '../profile/profile-parts';
import { ProfileChange } from '../history/profile-change.entity';
import { REDACTED } from '../history/profile-history.service';

export const ERASE_OPERATION = 'profilesDataSubjectErase';

/**
 * The profiles subgraph's data-subject rights. Both walk the profile row and every
 * registered profile part, so a new part is covered by implementing its exportSubject and
 * eraseSubject; what is exported of a record is what the API shows of it (internal search
 * keys stay out), and the personal columns erased are found by their classification.
 */
export class ProfileDataSubjectService implements DataSubjectRights {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
    private readonly parts: ProfileParts,
  ) {}

  async exportSubject(subjectId: string): Promise<Record<string, unknown> | null> {
    return inTransaction(this.dataSource, async (manager) => {
      const profile = await manager.getRepository(Profile).findOne({ where: { id: subjectId } });
      if (!profile) return null;
      const parts: Record<string, unknown> = {};
      for (const part of this.parts.all()) if (part.exportSubject) parts[part.name] = await part.exportSubject(manager, subjectId);
      const history = await manager.getRepository(ProfileChange).find({ where: { profileId: subjectId }, order: { changedAt: 'ASC', id: 'ASC' } });
      return {
        profile: subjectRecord(profile),
        ...parts,
        history: history.map((change) => ({
          changedAt: change.changedAt.toISOString(),
          operation: change.operation,
          record: change.subjectType,
          field: change.field,
          oldValue: change.oldValue,
          newValue: change.newValue,
        })),
      };
    });
  }

  /**
   * One transaction: the profile row keeps its id and becomes a tombstone (status ERASED,
   * names "Erased", every other classified field and the internal search keys emptied), every part
   * destroys its rows, and the values in the profile's history are redacted. History rows
   * are kept, not deleted: who changed the profile and when is the organisation's record of
   * its own staff's work and carries no personal data once the values are gone, and the
   * erasure itself stays visible on the tombstone.
   */
  async eraseSubject(subjectId: string, principal: Principal): Promise<DataSubjectErasureOutcome> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await manager.getRepository(Profile).findOne({ where: { id: subjectId }, select: { id: true, version: true, status: true } });
      if (!current) return DataSubjectErasureOutcome.NOT_FOUND;
      if (current.status === ProfileStatus.ERASED) return DataSubjectErasureOutcome.ALREADY_ERASED;
      await this.profiles.changeVersionedIn(manager, subjectId, current.version, principal, ERASE_OPERATION, async (profile) => {
        this.anonymise(manager, profile);
        for (const part of this.parts.all()) await part.eraseSubject?.(manager, subjectId);
      });
      await this.redactHistory(manager, subjectId);
      return DataSubjectErasureOutcome.ERASED;
    });
  }

  private anonymise(manager: EntityManager, profile: Profile): void {
    const metadata = manager.connection.getMetadata(Profile);
    for (const field of classificationsOf(Profile).keys()) {
      const column = metadata.findColumnWithPropertyName(field);
      if (!column) continue;
      const current: unknown = column.getEntityValue(profile);
      const cleared = Array.isArray(current) ? [] : column.isNullable ? null : typeof current === 'boolean' ? false : ERASED_NAME;
      column.setEntityValue(profile, cleared);
    }
    // Columns the API never shows are search keys derived from the personal ones: emptied too, so search finds nothing of the person.
    const shown = apiFieldsOf(Profile);
    for (const column of metadata.columns) {
      if (column.isPrimary || shown.has(column.propertyName)) continue;
      column.setEntityValue(profile, column.isNullable ? null : '');
    }
    // Not classified, but next to a name they narrow down who the person was.
    profile.title = null;
    profile.department = null;
    profile.status = ProfileStatus.ERASED;
  }

  /** Every recorded value goes, except the status change that shows the erasure. */
  private async redactHistory(manager: EntityManager, profileId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ProfileChange)
      .set({
        oldValue: () => `CASE WHEN old_value IS NULL THEN NULL ELSE '${REDACTED}' END`,
        newValue: () => `CASE WHEN new_value IS NULL THEN NULL ELSE '${REDACTED}' END`,
      })
      .where('profile_id = :profileId', { profileId })
      .andWhere('NOT (operation = :erase AND subject_type = :profile AND field = :status)', { erase: ERASE_OPERATION, profile: Profile.name, status: 'status' })
      .execute();
  }
}
