import { EntityManager } from 'typeorm';
import { PeriodicTask } from '@wayfarer/kit';
import { SweepMark } from './sweep-mark.entity';
import { Employment } from '../employment/employment.entity';
import { reportAccountLinks } from '../employment/account-links.topic';
import { today } from '../employment/link-dates';
import { TravelPolicy } from '../policies/travel-policy.entity';
import { TravelPolicyVersion } from '../policies/travel-policy-version.entity';
import { ComplianceStatusService } from '../compliance/compliance-status.service';

const NAME = 'day-change';

/**
 * What changes when a day passes rather than when someone writes: a link whose last day
 * has gone no longer lets its account's partners read the traveller (profiles and loyalty must hear),
 * and a policy version taking effect changes how its account's travellers are judged.
 * The first sweep reports every traveller's links and judges every account.
 */
export class DayChangeSweep implements PeriodicTask {
  readonly name = NAME;
  readonly everyMs = 3_600_000;

  constructor(private readonly compliance: ComplianceStatusService) {}

  run(on = today()): Promise<void> {
    return this.compliance.transaction(async (manager) => {
      const mark = await manager.getRepository(SweepMark).findOne({ where: { name: NAME } });
      const since = mark?.sweptOn ?? null;
      if (since !== null && since >= on) return;
      await reportAccountLinks(manager, await this.travellersWhoseLinksEnded(manager, since, on));
      await this.compliance.refreshAccounts(manager, await this.accountsWithVersionsTakingEffect(manager, since, on), on);
      await manager.getRepository(SweepMark).save({ name: NAME, sweptOn: on });
    });
  }

  /** Links whose last day was on or after the previous sweep's day and before today. */
  private async travellersWhoseLinksEnded(manager: EntityManager, since: string | null, on: string): Promise<string[]> {
    const qb = manager.getRepository(Employment).createQueryBuilder('employment').select('DISTINCT employment.profile_id', 'profileId');
    if (since !== null) qb.where('employment.valid_to >= :since AND employment.valid_to < :on', { since, on });
    return (await qb.getRawMany<{ profileId: string }>()).map((row) => row.profileId);
  }

  private async accountsWithVersionsTakingEffect(manager: EntityManager, since: string | null, on: string): Promise<string[]> {
    const qb = manager
      .getRepository(TravelPolicy)
      .createQueryBuilder('policy')
      .select('DISTINCT policy.account_id', 'accountId')
      .innerJoin(TravelPolicyVersion, 'version', 'version.policy_id = policy.id');
    if (since !== null) qb.where('version.effective_from > :since AND version.effective_from <= :on', { since, on });
    return (await qb.getRawMany<{ accountId: string }>()).map((row) => row.accountId);
  }
}
