import { DataSource } from 'typeorm';
import { demoId, Logger, Principal } from '@wayfarer/kit';
import { CorporateAccount } from '../accounts/corporate-account.entity';
import { CorporateAccountService } from '../accounts/corporate-account.service';
import { CreateCorporateAccountInput } from '../accounts/corporate-account.input';
import { ContactRole } from '../accounts/account.types';
import { EmploymentService } from '../employment/employment.service';
import { TravellerType } from '../employment/employment.entity';
import { TravelPolicyService } from '../policies/travel-policy.service';
import { PolicyScope } from '../policies/policy-scope';
import { ApprovalLevel, CabinClass, PolicyRules, RailClass } from '../policies/policy-rules.types';

const DEMO_SEEDER: Principal = { id: 'service:corporate-demo', kind: 'service', roles: [], scopes: [], client: 'demo' };

interface DemoAccount {
  account: CreateCorporateAccountInput;
  manager: string;
  rules: PolicyRules;
  override:
    | { appliesTo: PolicyScope.DEPARTMENT; departmentCode: string; name: string; rules: PolicyRules }
    | { appliesTo: PolicyScope.GRADE; grade: string; name: string; rules: PolicyRules };
  /** The demo travellers linked to the account, by number, and the grades they are given in turn. */
  travellers: number[];
  grades: string[];
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    account: {
      legalName: 'Northwind Traders',
      registrationNumber: '04567890',
      legalEntities: [{ name: 'Northwind Traders Ltd', registrationNumber: '04567890', countryCode: 'GB' }],
      billingAddress: { lines: ['12 Wharf Road'], city: 'London', postalCode: 'N1 7GR', countryCode: 'GB' },
      offices: [
        { name: 'London head office', city: 'London', countryCode: 'GB' },
        { name: 'Manchester', city: 'Manchester', countryCode: 'GB' },
      ],
      departments: [
        { code: 'SALES', name: 'Sales' },
        { code: 'FIN', name: 'Finance' },
        { code: 'OPS', name: 'Operations' },
      ],
      costCentres: [
        { code: 'CC-100', name: 'Sales UK' },
        { code: 'CC-200', name: 'Central services' },
      ],
      contacts: [
        { role: ContactRole.TRAVEL_MANAGER, name: 'Priya Shah', email: 'priya.shah@northwind.example', phone: '+442079460000' },
        { role: ContactRole.TRAVEL_ARRANGER, name: 'Tom Ellis', email: 'tom.ellis@northwind.example' },
      ],
      contractStart: '2025-01-01',
      contractEnd: '2027-12-31',
    },
    manager: 'supervisor',
    rules: {
      cabinByDuration: [
        { minHours: 0, cabin: CabinClass.ECONOMY },
        { minHours: 6, cabin: CabinClass.PREMIUM_ECONOMY },
      ],
      railClass: RailClass.STANDARD,
      hotelCaps: [
        { countryCode: 'GB', city: null, amount: 160, currency: 'GBP' },
        { countryCode: 'GB', city: 'London', amount: 240, currency: 'GBP' },
      ],
      blockedAirlines: ['EK'],
      preferredHotelChains: ['HI', 'HH'],
      advanceBookingDays: 14,
      approval: ApprovalLevel.SOFT,
      approvers: ['priya.shah@northwind.example'],
      railBelowKm: 400,
    },
    override: {
      appliesTo: PolicyScope.DEPARTMENT,
      departmentCode: 'SALES',
      name: 'Northwind sales',
      rules: {
        cabinByDuration: [
          { minHours: 0, cabin: CabinClass.ECONOMY },
          { minHours: 6, cabin: CabinClass.BUSINESS },
        ],
      },
    },
    travellers: range(0, 12),
    grades: ['G4', 'G5', 'G6'],
  },
  {
    account: {
      legalName: 'Contoso Pharmaceuticals',
      registrationNumber: 'HRB 98765',
      legalEntities: [
        { name: 'Contoso Pharma GmbH', registrationNumber: 'HRB 98765', countryCode: 'DE' },
        { name: 'Contoso Pharma SAS', countryCode: 'FR' },
      ],
      billingAddress: { lines: ['Friedrichstraße 120'], city: 'Berlin', postalCode: '10117', countryCode: 'DE' },
      offices: [
        { name: 'Berlin', city: 'Berlin', countryCode: 'DE' },
        { name: 'Paris', city: 'Paris', countryCode: 'FR' },
      ],
      departments: [
        { code: 'RND', name: 'Research and development' },
        { code: 'MED', name: 'Medical affairs' },
      ],
      costCentres: [{ code: 'KST-10', name: 'Forschung' }],
      contacts: [{ role: ContactRole.TRAVEL_MANAGER, name: 'Jana Vogel', email: 'jana.vogel@contoso.example', phone: '+493012345678' }],
      contractStart: '2025-06-01',
    },
    manager: 'admin',
    rules: {
      cabinByDuration: [
        { minHours: 0, cabin: CabinClass.ECONOMY },
        { minHours: 8, cabin: CabinClass.BUSINESS },
      ],
      railClass: RailClass.FIRST,
      hotelCaps: [{ countryCode: 'DE', city: null, amount: 150, currency: 'EUR' }],
      preferredAirlines: ['LH'],
      approval: ApprovalLevel.NONE,
      personalPreferencesAtOwnCost: true,
    },
    override: {
      appliesTo: PolicyScope.GRADE,
      grade: 'DIRECTOR',
      name: 'Contoso directors',
      rules: { cabinByDuration: [{ minHours: 0, cabin: CabinClass.BUSINESS }] },
    },
    travellers: range(12, 10),
    grades: ['DIRECTOR', 'SENIOR', 'SENIOR'],
  },
  {
    account: {
      legalName: 'Globex Engineering',
      registrationNumber: '201912345K',
      legalEntities: [{ name: 'Globex Engineering Pte Ltd', registrationNumber: '201912345K', countryCode: 'SG' }],
      billingAddress: { lines: ['8 Marina View', '#30-01'], city: 'Singapore', postalCode: '018960', countryCode: 'SG' },
      offices: [{ name: 'Singapore', city: 'Singapore', countryCode: 'SG' }],
      departments: [
        { code: 'ENG', name: 'Engineering' },
        { code: 'PM', name: 'Project management' },
      ],
      costCentres: [{ code: 'SG-ENG', name: 'Engineering Asia' }],
      contacts: [
        { role: ContactRole.TRAVEL_MANAGER, name: 'Wei Ling Tan', email: 'weiling.tan@globex.example', phone: '+6561234567' },
        { role: ContactRole.TRAVEL_ARRANGER, name: 'Arjun Nair', email: 'arjun.nair@globex.example' },
      ],
      contractStart: '2025-03-01',
      contractEnd: '2026-12-31',
    },
    manager: 'agent',
    rules: {
      cabinByDuration: [
        { minHours: 0, cabin: CabinClass.ECONOMY },
        { minHours: 5, cabin: CabinClass.BUSINESS },
      ],
      hotelCaps: [{ countryCode: 'SG', city: null, amount: 300, currency: 'SGD' }],
      carClasses: ['E', 'C', 'I'],
      blockedHotelChains: ['WI'],
      approval: ApprovalLevel.HARD,
      approvers: ['weiling.tan@globex.example'],
    },
    override: {
      appliesTo: PolicyScope.DEPARTMENT,
      departmentCode: 'PM',
      name: 'Globex project managers',
      rules: { hotelCaps: [{ countryCode: 'SG', city: 'Singapore', amount: 380, currency: 'SGD' }] },
    },
    travellers: range(22, 8),
    grades: ['E2', 'E3'],
  },
];

/** Demo corporate accounts with their policies, linked to the first demo travellers, only into an empty database. */
export async function seedDemoCorporate(
  dataSource: DataSource,
  accounts: CorporateAccountService,
  policies: TravelPolicyService,
  employments: EmploymentService,
  logger: Logger,
): Promise<void> {
  if ((await dataSource.getRepository(CorporateAccount).count({ take: 1 })) > 0) return;
  for (const demo of DEMO_ACCOUNTS) {
    const account = await accounts.create({ ...demo.account, accountManagerId: demoId({ kind: 'staff', username: demo.manager }) });
    const root = await policies.create(
      { accountId: account.id, name: `${account.legalName} travel policy`, appliesTo: PolicyScope.ACCOUNT, effectiveFrom: '2025-01-01', rules: demo.rules },
      DEMO_SEEDER,
    );
    await policies.create({ accountId: account.id, parentId: root.id, effectiveFrom: '2025-01-01', ...demo.override }, DEMO_SEEDER);
    const departments = account.departments.map((department) => department.code);
    for (const [position, index] of demo.travellers.entries()) {
      await employments.linkKnownTraveller({
        profileId: demoId({ kind: 'traveller', index }),
        accountId: account.id,
        departmentCode: departments[position % departments.length],
        costCentreCode: account.costCentres[position % account.costCentres.length].code,
        employeeId: `E${1000 + index}`,
        grade: demo.grades[position % demo.grades.length],
        travellerType: position % 5 === 4 ? TravellerType.CONTRACTOR : TravellerType.EMPLOYEE,
        validFrom: account.contractStart ?? '2025-01-01',
      });
    }
  }
  logger.info({ accounts: DEMO_ACCOUNTS.length }, 'demo corporate accounts created');
}
