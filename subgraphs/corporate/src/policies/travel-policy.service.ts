import { DataSource, EntityManager, In } from 'typeorm';
import { NotFoundError, Principal, updateWithVersion, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { TravelPolicy } from './travel-policy.entity';
import { TravelPolicyVersion } from './travel-policy-version.entity';
import { CreateTravelPolicyInput, ReviseTravelPolicyInput, UpdateTravelPolicyInput } from './travel-policy.input';
import { PolicyRules } from './policy-rules.types';
import { PolicyScope } from './policy-scope';
import { assertNewVersionFits, dayBefore, wouldCycle } from './policy-evaluation';
import { NamedPolicyNode, policiesOfAccounts, policyNodesOfAccounts, versionsOfPolicies } from './policy-nodes';
import { CorporateAccount } from '../accounts/corporate-account.entity';
import { ComplianceStatusService } from '../compliance/compliance-status.service';

function assertRulesConsistent(rules: PolicyRules): void {
  const hours = new Set<number>();
  rules.cabinByDuration?.forEach((band, index) => {
    if (hours.has(band.minHours))
      throw ValidationFailedError.single(`input.rules.cabinByDuration.${index}.minHours`, 'unique', `${band.minHours} h has two cabins`);
    hours.add(band.minHours);
  });
  const places = new Set<string>();
  rules.hotelCaps?.forEach((cap, index) => {
    const place = `${cap.countryCode.toUpperCase()}|${cap.city?.trim().toLowerCase() ?? ''}`;
    if (places.has(place)) throw ValidationFailedError.single(`input.rules.hotelCaps.${index}`, 'unique', 'two caps for the same place');
    places.add(place);
  });
  const blocked = new Set(rules.blockedAirlines ?? []);
  rules.preferredAirlines?.forEach((code, index) => {
    if (blocked.has(code)) throw ValidationFailedError.single(`input.rules.preferredAirlines.${index}`, 'notBlocked', `${code} is also blocked`);
  });
}

/** Stored form: upper-case codes, and only the rules that were given (absent means inherit or unrestricted). */
function normalised(rules: PolicyRules): PolicyRules {
  const upper = (codes?: string[] | null) => codes?.map((code) => code.toUpperCase());
  const stored: PolicyRules = {
    ...rules,
    hotelCaps: rules.hotelCaps?.map((cap) => ({
      ...cap,
      countryCode: cap.countryCode.toUpperCase(),
      currency: cap.currency.toUpperCase(),
      city: cap.city?.trim() || null,
    })),
    carClasses: upper(rules.carClasses),
    preferredAirlines: upper(rules.preferredAirlines),
    blockedAirlines: upper(rules.blockedAirlines),
    preferredHotelChains: upper(rules.preferredHotelChains),
    blockedHotelChains: upper(rules.blockedHotelChains),
    preferredCarHireFirms: upper(rules.preferredCarHireFirms),
    blockedCarHireFirms: upper(rules.blockedCarHireFirms),
    approvers: rules.approvers?.map((email) => email.trim().toLowerCase()),
  };
  return Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined && value !== null)) as PolicyRules;
}

export class TravelPolicyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly compliance: ComplianceStatusService,
  ) {}

  async findByIds(ids: readonly string[]): Promise<TravelPolicy[]> {
    return ids.length ? this.dataSource.getRepository(TravelPolicy).find({ where: { id: In([...ids]) } }) : [];
  }

  policiesOfAccounts(accountIds: readonly string[]): Promise<TravelPolicy[]> {
    return policiesOfAccounts(this.dataSource.manager, accountIds);
  }

  versionsOf(policyIds: readonly string[]): Promise<TravelPolicyVersion[]> {
    return versionsOfPolicies(this.dataSource.manager, policyIds);
  }

  nodesOfAccounts(accountIds: readonly string[]): Promise<Map<string, NamedPolicyNode[]>> {
    return policyNodesOfAccounts(this.dataSource.manager, accountIds);
  }

  async create(input: CreateTravelPolicyInput, principal: Principal): Promise<TravelPolicy> {
    assertRulesConsistent(input.rules);
    return this.compliance.transaction(async (manager) => {
      const account = await manager.getRepository(CorporateAccount).findOne({ where: { id: input.accountId } });
      if (!account) throw ValidationFailedError.single('input.accountId', 'exists', 'is not a corporate account');
      const existing = await manager.getRepository(TravelPolicy).find({ where: { accountId: account.id } });
      const policy: TravelPolicy = Object.assign(new TravelPolicy(), {
        id: uuid7(),
        accountId: account.id,
        name: input.name.trim(),
        appliesTo: input.appliesTo,
        departmentCode: null,
        grade: null,
        parentId: null,
        version: 1,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
      if (input.appliesTo === PolicyScope.ACCOUNT) {
        if (existing.some((other) => other.appliesTo === PolicyScope.ACCOUNT)) {
          throw ValidationFailedError.single('input.appliesTo', 'unique', 'the account already has its policy; add a version to it or an override');
        }
        if (input.parentId) throw ValidationFailedError.single('input.parentId', 'isEmpty', 'the account policy inherits from nothing');
      } else {
        const root = existing.find((other) => other.appliesTo === PolicyScope.ACCOUNT);
        if (!root) throw ValidationFailedError.single('input.appliesTo', 'accountPolicyFirst', 'create the account policy before overrides');
        if (input.appliesTo === PolicyScope.DEPARTMENT) {
          const code = input.departmentCode?.trim();
          const department = account.departments.find((candidate) => candidate.code.toUpperCase() === code?.toUpperCase());
          if (!department) throw ValidationFailedError.single('input.departmentCode', 'exists', `must be a department of ${account.legalName}`);
          if (existing.some((other) => other.appliesTo === PolicyScope.DEPARTMENT && other.departmentCode === department.code)) {
            throw ValidationFailedError.single('input.departmentCode', 'unique', `department ${department.code} already has an override`);
          }
          policy.departmentCode = department.code;
        } else {
          const grade = input.grade?.trim();
          if (!grade) throw ValidationFailedError.single('input.grade', 'isNotEmpty', 'is required for a grade override');
          if (existing.some((other) => other.appliesTo === PolicyScope.GRADE && other.grade?.toUpperCase() === grade.toUpperCase())) {
            throw ValidationFailedError.single('input.grade', 'unique', `grade ${grade} already has an override`);
          }
          policy.grade = grade;
        }
        const parentId = input.parentId ?? root.id;
        if (!existing.some((other) => other.id === parentId))
          throw ValidationFailedError.single('input.parentId', 'exists', 'must be a policy of the same account');
        policy.parentId = parentId;
      }
      await manager.getRepository(TravelPolicy).insert(policy);
      await this.insertVersion(manager, policy.id, input.effectiveFrom, input.rules, principal);
      await this.compliance.refreshAccounts(manager, [account.id]);
      return policy;
    });
  }

  async revise(id: string, input: ReviseTravelPolicyInput, principal: Principal): Promise<TravelPolicy> {
    assertRulesConsistent(input.rules);
    return this.compliance.transaction(async (manager) => {
      const policy = await this.lockable(manager, id);
      // The version first: concurrent revisions wait on the policy's row and answer CONFLICT instead of meeting in its versions.
      const revised = await this.bump(manager, policy, input.expectedVersion, {});
      const versions = await versionsOfPolicies(manager, [id]);
      assertNewVersionFits(versions, input.effectiveFrom);
      const open = versions.find((version) => version.effectiveTo === null);
      if (open) await manager.getRepository(TravelPolicyVersion).update({ id: open.id }, { effectiveTo: dayBefore(input.effectiveFrom) });
      await this.insertVersion(manager, id, input.effectiveFrom, input.rules, principal);
      await this.compliance.refreshAccounts(manager, [policy.accountId]);
      return revised;
    });
  }

  async update(id: string, input: UpdateTravelPolicyInput): Promise<TravelPolicy> {
    return this.compliance.transaction(async (manager) => {
      const policy = await this.lockable(manager, id);
      const changes: Partial<TravelPolicy> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.parentId !== undefined && input.parentId !== policy.parentId) {
        if (policy.appliesTo === PolicyScope.ACCOUNT)
          throw ValidationFailedError.single('input.parentId', 'isEmpty', 'the account policy inherits from nothing');
        const siblings = await manager.getRepository(TravelPolicy).find({ where: { accountId: policy.accountId } });
        if (!siblings.some((other) => other.id === input.parentId))
          throw ValidationFailedError.single('input.parentId', 'exists', 'must be a policy of the same account');
        if (
          wouldCycle(
            siblings.map((other) => ({ ...other, versions: [] })),
            id,
            input.parentId,
          )
        ) {
          throw ValidationFailedError.single('input.parentId', 'noCycle', 'would make the policy inherit from itself');
        }
        changes.parentId = input.parentId;
      }
      const updated = await this.bump(manager, policy, input.expectedVersion, changes);
      if (changes.parentId) await this.compliance.refreshAccounts(manager, [policy.accountId]);
      return updated;
    });
  }

  private async lockable(manager: EntityManager, id: string): Promise<TravelPolicy> {
    const policy = await manager.getRepository(TravelPolicy).findOne({ where: { id } });
    if (!policy) throw new NotFoundError('TravelPolicy', id);
    return policy;
  }

  private async bump(manager: EntityManager, policy: TravelPolicy, expectedVersion: number, changes: Partial<TravelPolicy>): Promise<TravelPolicy> {
    const updatedAt = new Date();
    await updateWithVersion(manager, TravelPolicy, 'TravelPolicy', policy.id, expectedVersion, { ...changes, updatedAt });
    return Object.assign(policy, changes, { updatedAt, version: expectedVersion + 1 });
  }

  private async insertVersion(manager: EntityManager, policyId: string, effectiveFrom: string, rules: PolicyRules, principal: Principal): Promise<void> {
    await manager.getRepository(TravelPolicyVersion).insert({
      id: uuid7(),
      policyId,
      effectiveFrom,
      effectiveTo: null,
      rules: normalised(rules),
      createdBy: principal.id,
      createdAt: new Date(),
    });
  }
}
