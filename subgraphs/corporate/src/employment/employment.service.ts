import { DataSource, EntityManager, In } from 'typeorm';
import { ForbiddenError, ListPage, NotFoundError, PageInput, paginate, Principal, SortDirection, uuid7, ValidationFailedError } from '@wayfarer/kit';
import { Employment } from './employment.entity';
import { LinkTravellerInput } from './link-traveller.input';
import { ProfilesClient } from './profiles.client';
import { isCurrent, today } from './link-dates';
import { reportAccountLinks } from './account-links.topic';
import { AccountTravellerFilter } from './employment-list.types';
import { CorporateAccount } from '../accounts/corporate-account.entity';
import { AccountStatus } from '../accounts/account.types';
import { dayBefore } from '../policies/policy-evaluation';
import { partnerAccountIds } from '../partner-scope';
import { ComplianceStatusService } from '../compliance/compliance-status.service';

export class EmploymentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly profiles: ProfilesClient,
    private readonly compliance: ComplianceStatusService,
  ) {}

  async ofProfiles(profileIds: readonly string[]): Promise<Employment[]> {
    if (!profileIds.length) return [];
    return this.dataSource.getRepository(Employment).find({ where: { profileId: In([...profileIds]) }, order: { validFrom: 'DESC' } });
  }

  current(employments: Employment[], on = today()): Employment | null {
    return employments.find((employment) => isCurrent(employment, on)) ?? null;
  }

  /** A partner may read a traveller only while a link to one of its accounts is in force: not before its first day, nor after its last. */
  assertMayReadTraveller(principal: Principal, employments: Employment[]): void {
    const allowed = partnerAccountIds(principal);
    if (allowed && !employments.some((employment) => isCurrent(employment, today()) && allowed.includes(employment.accountId))) {
      throw new ForbiddenError('Partner clients may read only the travellers of their corporate accounts');
    }
  }

  /** What a principal may see of a traveller's history: partners see only their own accounts' rows. */
  visible(principal: Principal, employments: Employment[]): Employment[] {
    const allowed = partnerAccountIds(principal);
    return allowed ? employments.filter((employment) => allowed.includes(employment.accountId)) : employments;
  }

  async travellersOf(accountId: string, filter: AccountTravellerFilter | undefined, page: PageInput | undefined): Promise<ListPage<Employment>> {
    const on = today();
    const qb = this.dataSource
      .getRepository(Employment)
      .createQueryBuilder('employment')
      .where('employment.account_id = :accountId', { accountId })
      .andWhere('employment.valid_from <= :on AND (employment.valid_to IS NULL OR employment.valid_to >= :on)', { on });
    if (filter?.inPolicy !== undefined && filter.inPolicy !== null) qb.andWhere(`employment.in_policy = ${filter.inPolicy ? 1 : 0}`);
    return paginate(qb, { sortProperty: 'createdAt', direction: SortDirection.ASC, page: page ?? { limit: 25 } });
  }

  async link(input: LinkTravellerInput): Promise<Employment> {
    await this.profiles.assertTravellerExists(input.profileId, 'input.profileId');
    return this.linkKnownTraveller(input);
  }

  /** link() for a traveller known to exist, such as demo travellers seeded with the demo accounts. */
  linkKnownTraveller(input: LinkTravellerInput): Promise<Employment> {
    if (input.validTo && input.validTo < input.validFrom) throw ValidationFailedError.single('input.validTo', 'isAfterStart', 'must not be before validFrom');
    return this.compliance.transaction(async (manager) => {
      const account = await manager.getRepository(CorporateAccount).findOne({ where: { id: input.accountId } });
      if (!account) throw ValidationFailedError.single('input.accountId', 'exists', 'is not a corporate account');
      if (account.status === AccountStatus.ARCHIVED)
        throw ValidationFailedError.single('input.accountId', 'isActive', `${account.legalName} is archived; travellers cannot be linked to it`);
      const departmentCode = this.codeOf(account.departments, input.departmentCode, 'input.departmentCode', 'department');
      const costCentreCode = this.codeOf(account.costCentres, input.costCentreCode, 'input.costCentreCode', 'cost centre');
      const history = await manager.getRepository(Employment).find({ where: { profileId: input.profileId } });
      for (const earlier of history) {
        const overlaps = (earlier.validTo === null || earlier.validTo >= input.validFrom) && (input.validTo == null || earlier.validFrom <= input.validTo);
        if (!overlaps) continue;
        // The link that is open when the new one starts ends the day before; any other overlap is a mistake.
        if (earlier.validFrom < input.validFrom) {
          await manager.getRepository(Employment).update({ id: earlier.id }, { validTo: dayBefore(input.validFrom) });
          earlier.validTo = dayBefore(input.validFrom);
        } else {
          throw ValidationFailedError.single('input.validFrom', 'noOverlap', `overlaps the link from ${earlier.validFrom}`);
        }
      }
      const employment = Object.assign(new Employment(), {
        id: uuid7(),
        profileId: input.profileId,
        accountId: account.id,
        departmentCode,
        costCentreCode,
        employeeId: input.employeeId?.trim() || null,
        grade: input.grade?.trim() || null,
        travellerType: input.travellerType,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        createdAt: new Date(),
        inPolicy: null,
      });
      await manager.getRepository(Employment).insert(employment);
      await this.changed(manager, input.profileId);
      return employment;
    });
  }

  async end(id: string, validTo: string): Promise<Employment> {
    return this.compliance.transaction(async (manager) => {
      const employment = await manager.getRepository(Employment).findOne({ where: { id } });
      if (!employment) throw new NotFoundError('Employment', id);
      // The traveller was erased: the link ended then and must not open again.
      if (employment.erasedAt) throw ValidationFailedError.single('id', 'notErased', 'is the link of an erased traveller; it has ended for good');
      if (validTo < employment.validFrom) throw ValidationFailedError.single('validTo', 'isAfterStart', `must not be before ${employment.validFrom}`);
      employment.validTo = validTo;
      await manager.getRepository(Employment).update({ id }, { validTo });
      await this.changed(manager, employment.profileId);
      return employment;
    });
  }

  /** Profiles and loyalty hear of the traveller's accounts once this commits; the links' compliance is judged now. */
  private async changed(manager: EntityManager, profileId: string): Promise<void> {
    await reportAccountLinks(manager, [profileId]);
    await this.compliance.refreshTravellers(manager, [profileId]);
  }

  private codeOf(items: { code: string }[], given: string | null | undefined, field: string, what: string): string | null {
    if (!given) return null;
    const found = items.find((item) => item.code.toUpperCase() === given.trim().toUpperCase());
    if (!found) throw ValidationFailedError.single(field, 'exists', `is not a ${what} of the account`);
    return found.code;
  }
}
