import { EntityManager, In } from 'typeorm';
import { DataSubjectErasureOutcome, DataSubjectRights, subjectRecord } from '@wayfarer/kit';
import { Employment } from '../employment/employment.entity';
import { reportAccountLinks } from '../employment/account-links.topic';
import { isLive, today } from '../employment/link-dates';
import { CorporateAccount } from '../accounts/corporate-account.entity';
import { TravellerPreferences } from '../compliance/traveller-preferences.entity';
import { ComplianceStatusService } from '../compliance/compliance-status.service';
import { dayBefore } from '../policies/policy-evaluation';

const nameOf = (items: { code: string; name: string }[] | undefined, code: string | null): string | null =>
  items?.find((item) => item.code === code)?.name ?? null;

/**
 * What corporate holds on a traveller: their links to accounts (employee id, grade,
 * department, cost centre, dates, type), each link's compliance with its policy, and the
 * business preferences profiles reported for judging it. Account contacts (travel managers and
 * arrangers) are people the account names, not travellers, so they are not part of it.
 */
export class CorporateDataSubjectService implements DataSubjectRights {
  constructor(private readonly compliance: ComplianceStatusService) {}

  async exportSubject(subjectId: string): Promise<Record<string, unknown> | null> {
    return this.compliance.transaction(async (manager) => {
      const employments = await manager.getRepository(Employment).find({ where: { profileId: subjectId }, order: { validFrom: 'ASC', id: 'ASC' } });
      const preferences = await manager.getRepository(TravellerPreferences).findOne({ where: { profileId: subjectId } });
      if (!employments.length && !preferences) return null;
      const accounts = new Map(
        (await manager.getRepository(CorporateAccount).find({ where: { id: In([...new Set(employments.map((employment) => employment.accountId))]) } })).map(
          (account) => [account.id, account],
        ),
      );
      return {
        employments: employments.map((employment) => {
          const account = accounts.get(employment.accountId);
          return {
            ...subjectRecord(employment),
            accountName: account?.legalName ?? null,
            departmentName: nameOf(account?.departments, employment.departmentCode),
            costCentreName: nameOf(account?.costCentres, employment.costCentreCode),
            // The link's last judgement against the policy governing it; null when not judged.
            inPolicy: employment.inPolicy,
          };
        }),
        reportedBusinessPreferences: preferences ? { preferences: preferences.preferences, reportedAt: preferences.reportedAt.toISOString() } : null,
      };
    });
  }

  /**
   * One transaction. Each link becomes a tombstone: the account still shows that someone (now
   * erased) was linked for a period, but the employee id, grade, department and cost centre
   * go, and the link ends the day before the erasure, so the account no longer lists the
   * traveller and its partner clients lose access (profiles and loyalty hear it through the outbox). A link
   * that had not begun before that day never took effect and is deleted. The reported
   * preferences go too.
   */
  async eraseSubject(subjectId: string): Promise<DataSubjectErasureOutcome> {
    return this.compliance.transaction(async (manager) => {
      const employments = await manager.getRepository(Employment).find({ where: { profileId: subjectId } });
      const preferences = await manager.getRepository(TravellerPreferences).delete({ profileId: subjectId });
      const pending = employments.filter((employment) => employment.erasedAt === null);
      if (!pending.length && !preferences.affected) return employments.length ? DataSubjectErasureOutcome.ALREADY_ERASED : DataSubjectErasureOutcome.NOT_FOUND;
      await this.endLinks(manager, pending);
      await reportAccountLinks(manager, [subjectId]);
      return DataSubjectErasureOutcome.ERASED;
    });
  }

  private async endLinks(manager: EntityManager, employments: Employment[]): Promise<void> {
    const on = today();
    const lastDay = dayBefore(on);
    const repository = manager.getRepository(Employment);
    const neverBegun = employments.filter((employment) => employment.validFrom > lastDay).map((employment) => employment.id);
    if (neverBegun.length) await repository.delete({ id: In(neverBegun) });
    const begun = employments.filter((employment) => employment.validFrom <= lastDay);
    const anonymised = { employeeId: null, grade: null, departmentCode: null, costCentreCode: null, inPolicy: null, erasedAt: new Date() };
    const [live, ended] = [begun.filter((employment) => isLive(employment, on)), begun.filter((employment) => !isLive(employment, on))];
    if (live.length) await repository.update({ id: In(live.map((employment) => employment.id)) }, { ...anonymised, validTo: lastDay });
    if (ended.length) await repository.update({ id: In(ended.map((employment) => employment.id)) }, anonymised);
  }
}
