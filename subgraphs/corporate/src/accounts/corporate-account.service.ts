import { DataSource, EntityManager, In } from 'typeorm';
import {
  inTransaction,
  ListPage,
  NotFoundError,
  paginate,
  prefixRange,
  Principal,
  searchKey,
  SortDirection,
  updateWithVersion,
  uuid7,
  ValidationFailedError,
} from '@wayfarer/kit';
import { CorporateAccount } from './corporate-account.entity';
import { AccountStatus } from './account.types';
import { CorporateAccountListArgs, CorporateAccountSortField } from './corporate-account-list.args';
import { CorporateAccountFieldsInput, CreateCorporateAccountInput, UpdateCorporateAccountInput } from './corporate-account.input';
import { assertMayReadAccounts, partnerAccountIds } from '../partner-scope';
import { TravelPolicy } from '../policies/travel-policy.entity';
import { PolicyScope } from '../policies/policy-scope';

function assertUniqueCodes(items: { code: string }[] | undefined, field: string): void {
  const seen = new Set<string>();
  items?.forEach((item, index) => {
    const code = item.code.toUpperCase();
    if (seen.has(code)) throw ValidationFailedError.single(`${field}.${index}.code`, 'unique', `code ${item.code} is used twice`);
    seen.add(code);
  });
}

export class CorporateAccountService {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<CorporateAccount[]> {
    return ids.length ? this.dataSource.getRepository(CorporateAccount).find({ where: { id: In([...ids]) } }) : [];
  }

  async list(args: CorporateAccountListArgs, principal: Principal): Promise<ListPage<CorporateAccount>> {
    const filter = args.filter ?? {};
    if (filter.ids) assertMayReadAccounts(principal, filter.ids);
    const qb = this.dataSource.getRepository(CorporateAccount).createQueryBuilder('account');
    const ids = filter.ids ?? partnerAccountIds(principal);
    if (ids) qb.andWhere('account.id IN (:...ids)', { ids: ids.length ? ids : [''] });
    if (filter.status) qb.andWhere('account.status = :status', { status: filter.status });
    const key = filter.search ? searchKey(filter.search) : '';
    if (key) {
      const { from, to } = prefixRange(key);
      qb.andWhere('account.name_key >= :from AND account.name_key < :to', { from, to });
    }
    return paginate(qb, {
      sortProperty: args.sort?.field ?? CorporateAccountSortField.LEGAL_NAME,
      direction: args.sort?.direction ?? SortDirection.ASC,
      page: args.page ?? { limit: 25 },
    });
  }

  async create(input: CreateCorporateAccountInput): Promise<CorporateAccount> {
    const now = new Date();
    const account = Object.assign(new CorporateAccount(), {
      id: uuid7(),
      registrationNumber: null,
      legalEntities: [],
      billingAddress: null,
      offices: [],
      departments: [],
      costCentres: [],
      contacts: [],
      accountManagerId: null,
      contractStart: null,
      contractEnd: null,
      status: AccountStatus.ACTIVE,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    this.apply(account, input);
    await this.dataSource.getRepository(CorporateAccount).insert(account);
    return account;
  }

  async update(id: string, input: UpdateCorporateAccountInput): Promise<CorporateAccount> {
    return inTransaction(this.dataSource, async (manager) => {
      const account = await manager.getRepository(CorporateAccount).findOne({ where: { id } });
      if (!account) throw new NotFoundError('CorporateAccount', id);
      this.apply(account, input);
      if (input.departments) await this.assertOverriddenDepartmentsKept(manager, account);
      if (input.status) account.status = input.status;
      account.updatedAt = new Date();
      const { id: _id, version: _version, createdAt: _createdAt, ...columns } = account;
      await updateWithVersion(manager, CorporateAccount, 'CorporateAccount', id, input.expectedVersion, columns);
      account.version = input.expectedVersion + 1;
      return account;
    });
  }

  /** A department override applies to a department of the account; removing that department would leave it applying to nobody. */
  private async assertOverriddenDepartmentsKept(manager: EntityManager, account: CorporateAccount): Promise<void> {
    const kept = new Set(account.departments.map((department) => department.code.toUpperCase()));
    const overrides = await manager.getRepository(TravelPolicy).find({ where: { accountId: account.id, appliesTo: PolicyScope.DEPARTMENT } });
    const orphaned = overrides.find((policy) => policy.departmentCode && !kept.has(policy.departmentCode.toUpperCase()));
    if (orphaned) {
      throw ValidationFailedError.single(
        'input.departments',
        'keepsOverriddenDepartments',
        `must keep department ${orphaned.departmentCode}: the travel policy override “${orphaned.name}” applies to it`,
      );
    }
  }

  private apply(account: CorporateAccount, input: CorporateAccountFieldsInput): void {
    assertUniqueCodes(input.departments, 'input.departments');
    assertUniqueCodes(input.costCentres, 'input.costCentres');
    const scalar = ['legalName', 'registrationNumber', 'accountManagerId', 'contractStart', 'contractEnd'] as const;
    for (const field of scalar) {
      const value = input[field];
      if (value !== undefined) (account as unknown as Record<string, unknown>)[field] = typeof value === 'string' ? value.trim() || null : value;
    }
    if (!account.legalName) throw ValidationFailedError.single('input.legalName', 'isNotEmpty', 'is required');
    if (account.contractStart && account.contractEnd && account.contractEnd < account.contractStart) {
      throw ValidationFailedError.single('input.contractEnd', 'isAfterStart', 'must not be before the contract start');
    }
    const upper = <T extends { countryCode: string }>(items: T[]) => items.map((item) => ({ ...item, countryCode: item.countryCode.toUpperCase() }));
    if (input.legalEntities)
      account.legalEntities = upper(input.legalEntities).map((entity) => ({ ...entity, registrationNumber: entity.registrationNumber ?? null }));
    if (input.billingAddress !== undefined) {
      account.billingAddress = input.billingAddress
        ? {
            ...input.billingAddress,
            countryCode: input.billingAddress.countryCode.toUpperCase(),
            region: input.billingAddress.region ?? null,
            postalCode: input.billingAddress.postalCode ?? null,
          }
        : null;
    }
    if (input.offices) account.offices = upper(input.offices);
    if (input.departments) account.departments = input.departments.map((department) => ({ ...department }));
    if (input.costCentres) account.costCentres = input.costCentres.map((costCentre) => ({ ...costCentre }));
    if (input.contacts)
      account.contacts = input.contacts.map((contact) => ({ ...contact, email: contact.email.trim().toLowerCase(), phone: contact.phone ?? null }));
    account.nameKey = searchKey(account.legalName);
  }
}
