import { inTransaction } from '@wayfarer/kit';
import { DataSource, EntityManager } from 'typeorm';
import { ProfileStatus } from '../profile/profile.entity';
import { ProfileHistoryService } from '../history/profile-history.service';
import { ProfileSegmentsService } from '../segments/profile-segments.service';
import { RemindersService } from './reminders.service';
import { ReminderKind } from './profile-reminder.entity';

interface Derived {
  refresh(manager: EntityManager, profileIds: readonly string[]): Promise<void>;
}

/**
 * Derives segments and reminders for active profiles written without them: rows that existed
 * before these features, or were bulk-loaded straight into the tables. Every active profile has
 * a VERIFICATION_DUE reminder once derived, so those without one are the ones to do.
 */
export async function backfillDerivedData(dataSource: DataSource, derived: Derived[], batchSize = 500): Promise<number> {
  let after = '';
  let done = 0;
  for (;;) {
    const rows: { id: string }[] = await dataSource.query(
      `SELECT profile.id AS id FROM profiles profile
        LEFT JOIN profile_reminders reminder ON reminder.profile_id = profile.id AND reminder.kind = ?
        WHERE profile.status = ? AND reminder.id IS NULL AND profile.id > ?
        ORDER BY profile.id LIMIT ${batchSize}`,
      [ReminderKind.VERIFICATION_DUE, ProfileStatus.ACTIVE, after],
    );
    if (rows.length === 0) return done;
    const ids = rows.map((row) => row.id);
    await inTransaction(dataSource, async (manager) => {
      for (const part of derived) await part.refresh(manager, ids);
    });
    done += ids.length;
    after = ids[ids.length - 1];
  }
}

/** The same for a data source opened outside the subgraph (benchmark seeding). */
export function backfillProfileDerivedData(dataSource: DataSource): Promise<number> {
  return backfillDerivedData(dataSource, [new ProfileSegmentsService(dataSource, new ProfileHistoryService(dataSource)), new RemindersService(dataSource)]);
}
