import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { inTransaction, isMysql } from '@wayfarer/kit';
import { Employment } from '../employment/employment.entity';
import { isLive, today } from '../employment/link-dates';
import { governingRules, isInPolicy, judgePreferences } from '../policies/policy-evaluation';
import { policyNodesOfAccounts } from '../policies/policy-nodes';
import { TravellerPreferences } from './traveller-preferences.entity';
import { TravellerPreferencesInput } from './traveller-preferences.input';

const CHUNK = 500;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/**
 * Each live link's compliance with the policy in force, stored on the link so an account's
 * travellers can be filtered by it across the whole account. Judged again, in the writing
 * transaction, whenever what it depends on changes: the traveller's reported preferences,
 * the link, the account's policies; and by the daily sweep when a version takes effect.
 * A link stays unjudged (null) until profiles has reported the traveller's preferences.
 */
export class ComplianceStatusService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A transaction that changes what compliance depends on and judges it again. They run one at a
   * time: two at once (a policy revised while a traveller's preferences arrive) would each judge
   * without the other's change. SQLite runs one writer at a time anyway.
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, async (manager) => {
      if (isMysql(this.dataSource)) await manager.query('SELECT id FROM compliance_lock WHERE id = 1 FOR UPDATE');
      return work(manager);
    });
  }

  recordPreferences(reports: TravellerPreferencesInput[]): Promise<number> {
    return this.transaction((manager) => this.storePreferences(manager, reports));
  }

  private async storePreferences(manager: EntityManager, reports: TravellerPreferencesInput[]): Promise<number> {
    const profileIds = [...new Set(reports.map((report) => report.profileId))];
    const linked = await manager.getRepository(Employment).find({ where: { profileId: In(profileIds), erasedAt: IsNull() }, select: { profileId: true } });
    const known = new Set(linked.map((employment) => employment.profileId));
    // Only travellers linked here, and not erased: corporate keeps no one else's preferences.
    const kept = reports.filter((report) => known.has(report.profileId));
    await manager.getRepository(TravellerPreferences).delete({ profileId: In(profileIds) });
    const reportedAt = new Date();
    const rows = new Map(
      kept.map((report) => [
        report.profileId,
        { profileId: report.profileId, preferences: report.preferences.map((preference) => ({ ...preference })), reportedAt },
      ]),
    );
    if (rows.size) await manager.getRepository(TravellerPreferences).insert([...rows.values()]);
    await this.refreshTravellers(manager, [...known]);
    return rows.size;
  }

  async refreshTravellers(manager: EntityManager, profileIds: string[], on = today()): Promise<void> {
    for (const ids of chunks(profileIds)) await this.refresh(manager, await manager.getRepository(Employment).find({ where: { profileId: In(ids) } }), on);
  }

  async refreshAccounts(manager: EntityManager, accountIds: string[], on = today()): Promise<void> {
    for (const ids of chunks(accountIds, 50)) await this.refresh(manager, await manager.getRepository(Employment).find({ where: { accountId: In(ids) } }), on);
  }

  private async refresh(manager: EntityManager, employments: Employment[], on: string): Promise<void> {
    const live = employments.filter((employment) => isLive(employment, on));
    if (!live.length) return;
    const preferences = new Map<string, TravellerPreferences>();
    for (const ids of chunks([...new Set(live.map((employment) => employment.profileId))])) {
      for (const row of await manager.getRepository(TravellerPreferences).find({ where: { profileId: In(ids) } })) preferences.set(row.profileId, row);
    }
    const nodes = await policyNodesOfAccounts(manager, [...new Set(live.map((employment) => employment.accountId))]);
    const changed = new Map<boolean | null, string[]>();
    for (const employment of live) {
      const reported = preferences.get(employment.profileId);
      const governing = governingRules(nodes.get(employment.accountId) ?? [], employment, on);
      const inPolicy = reported && governing ? isInPolicy(judgePreferences(governing.rules, reported.preferences)) : null;
      if (inPolicy !== employment.inPolicy) changed.set(inPolicy, [...(changed.get(inPolicy) ?? []), employment.id]);
    }
    for (const [inPolicy, ids] of changed) {
      for (const chunk of chunks(ids)) await manager.getRepository(Employment).update({ id: In(chunk) }, { inPolicy });
    }
  }
}
