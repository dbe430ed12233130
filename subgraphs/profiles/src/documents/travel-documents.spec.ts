import { randomBytes } from 'node:crypto';
import { EncryptedNumbers, FieldCipher, Principal } from '@wayfarer/kit';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { profilesModule } from '../index';
import { ProfileHistoryService } from '../history/profile-history.service';
import { documentLists } from './document-kinds';
import { recordAccountLinks, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const KEY = randomBytes(32);
const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'], ['agent']);
const MARKETING = staff(['profiles:read'], ['marketing'], '0190f0b2-0000-7000-8000-000000000002');
const DPO = staff(['profiles:read', 'profiles.personal:read', 'profiles.documents:read'], ['dpo'], '0190f0b2-0000-7000-8000-000000000003');
const ACCOUNT_ID = '0190f0b2-0000-7000-8000-0000000000ac';
const PARTNER: Principal = {
  id: 'partner-1',
  kind: 'partner',
  roles: [],
  scopes: ['profiles:read', 'profiles:write', 'profiles.documents:read', 'profiles.documents:write'],
  accountIds: [ACCOUNT_ID],
  client: 'acme-hr',
};

const LAWFUL_BASIS = STORAGE_BASIS;
const DOCUMENTS = `
  version nationalities
  visas { id numberMasked number country entryType validFrom validUntil authorisedStayDays context }
  vaccinations { id numberMasked number disease dateGiven expiryDate context }
  entryEndorsements { id country description validUntil context }
  travelInsurance { id numberMasked number insurer coverFrom coverUntil emergencyPhone context }
`;
const READ = `query($id: ID!) { profile(id: $id) { ${DOCUMENTS} } }`;
const SET_VISAS = `mutation($id: ID!, $input: SetVisasInput!) { setVisas(profileId: $id, input: $input) { version visas { id numberMasked number country context } } }`;
const SET_VACCINATIONS = `mutation($id: ID!, $input: SetVaccinationsInput!) { setVaccinations(profileId: $id, input: $input) { version } }`;
const SET_ENDORSEMENTS = `mutation($id: ID!, $input: SetEntryEndorsementsInput!) { setEntryEndorsements(profileId: $id, input: $input) { version } }`;
const SET_INSURANCE = `mutation($id: ID!, $input: SetTravelInsuranceInput!) { setTravelInsurance(profileId: $id, input: $input) { version } }`;
const SET_NATIONALITIES = `mutation($id: ID!, $input: SetNationalitiesInput!) { setNationalities(profileId: $id, input: $input) { version nationalities } }`;
const SEARCH = `query($filter: ProfileFilter, $page: PageInput) { profiles(filter: $filter, page: $page) { total items { id } } }`;

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const visa = (overrides: Record<string, unknown> = {}) => ({
  number: 'V12345678',
  country: 'US',
  entryType: 'MULTIPLE',
  validFrom: '2025-01-01',
  validUntil: daysFromToday(400),
  authorisedStayDays: 90,
  ...overrides,
});
const insurance = (overrides: Record<string, unknown> = {}) => ({
  number: 'POL998877',
  insurer: 'Allianz Travel',
  coverFrom: '2025-06-01',
  coverUntil: daysFromToday(200),
  emergencyPhone: '+442071234567',
  ...overrides,
});

describe('travel documents', () => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await TestSubgraph.start(profilesModule, { FIELD_ENCRYPTION_KEYS: `k1:${KEY.toString('base64')}` });
  });
  afterAll(() => graph.stop());

  const create = async (familyName = 'Traveller', extra: Record<string, unknown> = {}): Promise<string> => {
    const result = await graph.run(AGENT, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
      input: { givenName: 'Dana', familyName, lawfulBasis: LAWFUL_BASIS, ...extra },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile.id;
  };

  const run = async (principal: Principal, query: string, variables: Record<string, unknown>) => {
    const result = await graph.run(principal, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  /** A traveller with one document of every kind, at version 6. */
  const withEveryDocument = async (familyName: string): Promise<string> => {
    const id = await create(familyName);
    await run(AGENT, SET_NATIONALITIES, { id, input: { expectedVersion: 1, nationalities: ['gb', 'IE'] } });
    await run(AGENT, SET_VISAS, { id, input: { expectedVersion: 2, visas: [visa()] } });
    await run(AGENT, SET_VACCINATIONS, {
      id,
      input: { expectedVersion: 3, vaccinations: [{ number: 'YF000123', disease: 'Yellow fever', dateGiven: '2020-03-01' }] },
    });
    await run(AGENT, SET_ENDORSEMENTS, {
      id,
      input: { expectedVersion: 4, entryEndorsements: [{ country: 'AU', description: 'Entry only with prior approval', validUntil: daysFromToday(30) }] },
    });
    await run(AGENT, SET_INSURANCE, { id, input: { expectedVersion: 5, travelInsurance: [insurance({ context: 'BUSINESS' })] } });
    return id;
  };

  it('stores every kind, each list changed alone under the profile version, numbers in full for documents:read', async () => {
    const id = await withEveryDocument('Everything');
    const { profile } = await run(AGENT, READ, { id });
    expect(profile).toMatchObject({
      version: 6,
      nationalities: ['GB', 'IE'],
      visas: [
        { numberMasked: '•••678', number: 'V12345678', country: 'US', entryType: 'MULTIPLE', validFrom: '2025-01-01', authorisedStayDays: 90, context: 'ANY' },
      ],
      vaccinations: [{ numberMasked: '•••123', number: 'YF000123', disease: 'Yellow fever', dateGiven: '2020-03-01', expiryDate: null }],
      entryEndorsements: [{ country: 'AU', description: 'Entry only with prior approval' }],
      travelInsurance: [{ numberMasked: '•••877', number: 'POL998877', insurer: 'Allianz Travel', emergencyPhone: '+442071234567', context: 'BUSINESS' }],
    });
    expect((await run(DPO, READ, { id })).profile.visas[0].number).toBe('V12345678');
  });

  it('masks every number for a role without profiles.documents:read, with FORBIDDEN at each path', async () => {
    const id = await withEveryDocument('Masked');
    const result = await graph.run(MARKETING, READ, { id });
    expect(result.data!.profile.visas[0]).toMatchObject({ numberMasked: '•••678', number: null });
    expect(result.data!.profile.vaccinations[0]).toMatchObject({ numberMasked: '•••123', number: null });
    expect(result.data!.profile.travelInsurance[0]).toMatchObject({ numberMasked: '•••877', number: null });
    const denied = result.errors!.map((error) => [error.path!.join('.'), error.extensions!.code]);
    expect(denied).toEqual(
      expect.arrayContaining([
        ['profile.visas.0.number', 'FORBIDDEN'],
        ['profile.vaccinations.0.number', 'FORBIDDEN'],
        ['profile.travelInsurance.0.number', 'FORBIDDEN'],
      ]),
    );
  });

  it('keeps numbers encrypted at rest, findable only by keyed hash', async () => {
    const id = await withEveryDocument('AtRest');
    const rows = [
      ...(await graph.running.dataSource.query('SELECT number_encrypted, number_hash, number_tail FROM visas WHERE profile_id = ?', [id])),
      ...(await graph.running.dataSource.query('SELECT number_encrypted, number_hash, number_tail FROM vaccination_certificates WHERE profile_id = ?', [id])),
      ...(await graph.running.dataSource.query('SELECT number_encrypted, number_hash, number_tail FROM travel_insurance_policies WHERE profile_id = ?', [id])),
    ];
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.number_encrypted).toMatch(/^k1:/);
    expect(JSON.stringify(rows)).not.toMatch(/12345678|000123|998877/);
    const cipher = new FieldCipher({ id: 'k1', key: KEY });
    expect(rows.map((row: { number_hash: string }) => row.number_hash)).toEqual(
      ['V12345678', 'YF000123', 'POL998877'].map((number) => cipher.blindIndex(number)),
    );
  });

  it('keeps an entry by id without resending its number, removes what is left out, and refuses a stale version', async () => {
    const id = await create('Kept');
    const first = await run(AGENT, SET_VISAS, {
      id,
      input: { expectedVersion: 1, visas: [visa(), visa({ number: 'SCH445566', country: 'FR', entryType: 'SCHENGEN' })] },
    });
    const byCountry = (country: string) => first.setVisas.visas.find((entry: { country: string }) => entry.country === country);
    const [us, fr] = [byCountry('US'), byCountry('FR')];
    const second = await run(AGENT, SET_VISAS, {
      id,
      input: { expectedVersion: 2, visas: [{ ...visa({ id: us.id, authorisedStayDays: 180 }), number: undefined }] },
    });
    expect(second.setVisas).toMatchObject({ version: 3, visas: [{ id: us.id, number: 'V12345678' }] });
    const gone = await graph.running.dataSource.query('SELECT id FROM visas WHERE id = ?', [fr.id]);
    expect(gone).toHaveLength(0);
    const stale = await graph.run(AGENT, SET_VISAS, { id, input: { expectedVersion: 2, visas: [] } });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 2, currentVersion: 3 });
    expect(await graph.running.dataSource.query('SELECT id FROM visas WHERE profile_id = ?', [id])).toHaveLength(1);
  });

  describe('bad input names the field and the rule and writes nothing', () => {
    const expectViolation = async (query: string, id: string, input: Record<string, unknown>, field: string, rule: string) => {
      const result = await graph.run(AGENT, query, { id, input: { expectedVersion: 1, ...input } });
      expect(result.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: expect.arrayContaining([expect.objectContaining({ field, rule })]),
      });
    };

    it.each([
      ['a country that is not ISO 3166', SET_VISAS, { visas: [visa({ country: 'XX' })] }, 'input.visas.0.country', 'isISO31661Alpha2'],
      [
        'a visa valid until before it is valid from',
        SET_VISAS,
        { visas: [visa({ validFrom: daysFromToday(30), validUntil: daysFromToday(10) })] },
        'input.visas.0.validUntil',
        'isAfterValidFrom',
      ],
      ['a new visa that has already expired', SET_VISAS, { visas: [visa({ validUntil: daysFromToday(-1) })] }, 'input.visas.0.validUntil', 'notExpired'],
      ['a visa number with symbols', SET_VISAS, { visas: [visa({ number: 'V-123/45' })] }, 'input.visas.0.number', 'matches'],
      ['a visa number too short', SET_VISAS, { visas: [visa({ number: 'V12' })] }, 'input.visas.0.number', 'matches'],
      ['a new visa without a number', SET_VISAS, { visas: [visa({ number: undefined })] }, 'input.visas.0.number', 'isNotEmpty'],
      [
        'cover that ends before it starts',
        SET_INSURANCE,
        { travelInsurance: [insurance({ coverFrom: daysFromToday(20), coverUntil: daysFromToday(5) })] },
        'input.travelInsurance.0.coverUntil',
        'isAfterCoverFrom',
      ],
      [
        'a new policy whose cover has ended',
        SET_INSURANCE,
        { travelInsurance: [insurance({ coverFrom: '2020-01-01', coverUntil: '2021-01-01' })] },
        'input.travelInsurance.0.coverUntil',
        'notExpired',
      ],
      [
        'an emergency line not in E.164',
        SET_INSURANCE,
        { travelInsurance: [insurance({ emergencyPhone: '020 7123 4567' })] },
        'input.travelInsurance.0.emergencyPhone',
        'matches',
      ],
      [
        'an oversize insurer name',
        SET_INSURANCE,
        { travelInsurance: [insurance({ insurer: 'x'.repeat(101) })] },
        'input.travelInsurance.0.insurer',
        'isLength',
      ],
      [
        'a certificate expiring before it was given',
        SET_VACCINATIONS,
        { vaccinations: [{ number: 'YF000123', disease: 'Yellow fever', dateGiven: '2024-01-01', expiryDate: '2023-01-01' }] },
        'input.vaccinations.0.expiryDate',
        'isAfterDateGiven',
      ],
      [
        'an oversize endorsement',
        SET_ENDORSEMENTS,
        { entryEndorsements: [{ country: 'AU', description: 'x'.repeat(501) }] },
        'input.entryEndorsements.0.description',
        'isLength',
      ],
      [
        'an endorsement that has lapsed',
        SET_ENDORSEMENTS,
        { entryEndorsements: [{ country: 'AU', description: 'Prior approval', validUntil: '2020-01-01' }] },
        'input.entryEndorsements.0.validUntil',
        'notExpired',
      ],
      ['a nationality that is not ISO 3166', SET_NATIONALITIES, { nationalities: ['GB', 'UK'] }, 'input.nationalities', 'isISO31661Alpha2'],
      ['a nationality listed twice', SET_NATIONALITIES, { nationalities: ['GB', 'gb'] }, 'input.nationalities', 'arrayUnique'],
    ])('refuses %s', async (_name, query, input, field, rule) => {
      const id = await create('Refused');
      await expectViolation(query, id, input, field, rule);
      const [row] = await graph.running.dataSource.query('SELECT version, nationalities FROM profiles WHERE id = ?', [id]);
      expect(row).toEqual({ version: 1, nationalities: '' });
    });

    it('writes no entry of a list when any entry is bad', async () => {
      const id = await create('Partial');
      await expectViolation(
        SET_VISAS,
        id,
        { visas: [visa(), visa({ number: 'GOOD12345' }), visa({ validUntil: daysFromToday(-3) })] },
        'input.visas.2.validUntil',
        'notExpired',
      );
      expect(await graph.running.dataSource.query('SELECT id FROM visas WHERE profile_id = ?', [id])).toHaveLength(0);
      expect(await graph.running.dataSource.query("SELECT id FROM profile_changes WHERE profile_id = ? AND subject_type = 'Visa'", [id])).toHaveLength(0);
    });

    it('keeps an entry on file that has since lapsed, but refuses re-dating it into the past', async () => {
      const id = await create('Lapsed');
      const { setVisas } = await run(AGENT, SET_VISAS, { id, input: { expectedVersion: 1, visas: [visa()] } });
      await graph.running.dataSource.query("UPDATE visas SET valid_until = '2021-01-01' WHERE id = ?", [setVisas.visas[0].id]);
      const kept = { id: setVisas.visas[0].id, country: 'US', entryType: 'MULTIPLE', validFrom: '2020-01-01' };
      await run(AGENT, SET_VISAS, { id, input: { expectedVersion: 2, visas: [{ ...kept, validUntil: '2021-01-01' }] } });
      const result = await graph.run(AGENT, SET_VISAS, { id, input: { expectedVersion: 3, visas: [{ ...kept, validUntil: '2021-06-01' }] } });
      expect(result.errors![0].extensions).toMatchObject({ violations: [expect.objectContaining({ field: 'input.visas.0.validUntil', rule: 'notExpired' })] });
    });

    it('refuses an id that is not an entry of this traveller', async () => {
      const other = await create('Other');
      const { setVisas } = await run(AGENT, SET_VISAS, { id: other, input: { expectedVersion: 1, visas: [visa()] } });
      const id = await create('Thief');
      await expectViolation(SET_VISAS, id, { visas: [visa({ id: setVisas.visas[0].id, number: undefined })] }, 'input.visas.0.id', 'belongsToProfile');
    });
  });

  it('lets only profiles.documents:write change documents', async () => {
    const id = await create('Guarded');
    for (const principal of [MARKETING, DPO]) {
      const result = await graph.run(principal, SET_VISAS, { id, input: { expectedVersion: 1, visas: [visa()] } });
      expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(await graph.running.dataSource.query('SELECT id FROM visas WHERE profile_id = ?', [id])).toHaveLength(0);
  });

  it('records history of every change with numbers and nationalities redacted', async () => {
    const id = await withEveryDocument('History');
    const { profile } = await run(AGENT, READ, { id });
    await run(AGENT, SET_VISAS, {
      id,
      input: { expectedVersion: 6, visas: [{ ...visa({ id: profile.visas[0].id, number: 'V87654321', authorisedStayDays: 30 }) }] },
    });
    const history = await run(
      MARKETING,
      `query($id: ID!) { profile(id: $id) { history(page: { limit: 100 }) { items { operation subjectType field oldValue newValue } } } }`,
      { id },
    );
    const items = history.profile.history.items;
    expect(items).toEqual(
      expect.arrayContaining([
        { operation: 'setVisas', subjectType: 'Visa', field: 'number', oldValue: '[redacted]', newValue: '[redacted]' },
        { operation: 'setVisas', subjectType: 'Visa', field: 'authorisedStayDays', oldValue: '90', newValue: '30' },
        { operation: 'setVisas', subjectType: 'Visa', field: 'number', oldValue: null, newValue: '[redacted]' },
        { operation: 'setVaccinations', subjectType: 'VaccinationCertificate', field: 'disease', oldValue: null, newValue: '"Yellow fever"' },
        { operation: 'setTravelInsurance', subjectType: 'TravelInsurance', field: 'number', oldValue: null, newValue: '[redacted]' },
        { operation: 'setEntryEndorsements', subjectType: 'EntryEndorsement', field: 'country', oldValue: null, newValue: '"AU"' },
        { operation: 'setNationalities', subjectType: 'Profile', field: 'nationalities', oldValue: null, newValue: '[redacted]' },
      ]),
    );
    expect(JSON.stringify(items)).not.toMatch(/12345678|87654321|000123|998877|"GB"/);
  });

  describe('partners', () => {
    it('never see or touch leisure documents, nor record them', async () => {
      const id = await create('Partnered');
      await recordAccountLinks(graph, id, [{ accountId: ACCOUNT_ID }]);
      const { setVisas } = await run(AGENT, SET_VISAS, {
        id,
        input: { expectedVersion: 1, visas: [visa({ context: 'LEISURE', country: 'TH' }), visa({ number: 'BIZ112233', context: 'BUSINESS', country: 'CN' })] },
      });
      const business = setVisas.visas.find((entry: { country: string }) => entry.country === 'CN');
      // A partner keeps the business visa and adds one; the leisure visa it cannot see stays untouched.
      const partnerResult = await run(PARTNER, SET_VISAS, {
        id,
        input: {
          expectedVersion: 2,
          visas: [
            { ...visa({ id: business.id, country: 'CN', context: 'BUSINESS' }), number: undefined },
            visa({ number: 'BIZ445566', country: 'JP', context: 'BUSINESS' }),
          ],
        },
      });
      expect(partnerResult.setVisas.visas.map((entry: { country: string }) => entry.country).sort()).toEqual(['CN', 'JP']);
      expect((await run(PARTNER, READ, { id })).profile.visas.map((entry: { country: string }) => entry.country).sort()).toEqual(['CN', 'JP']);
      const agentView = await run(AGENT, READ, { id });
      expect(agentView.profile.visas.map((entry: { country: string }) => entry.country).sort()).toEqual(['CN', 'JP', 'TH']);

      const leisure = agentView.profile.visas.find((entry: { country: string }) => entry.country === 'TH');
      const refused = await graph.run(PARTNER, SET_VISAS, {
        id,
        input: { expectedVersion: 3, visas: [{ ...visa({ id: leisure.id, country: 'TH' }), number: undefined }] },
      });
      expect(refused.errors![0].extensions).toMatchObject({ violations: [expect.objectContaining({ field: 'input.visas.0.id', rule: 'belongsToProfile' })] });
      const recorded = await graph.run(PARTNER, SET_VISAS, { id, input: { expectedVersion: 3, visas: [visa({ context: 'LEISURE' })] } });
      expect(recorded.errors![0].extensions).toMatchObject({
        violations: [expect.objectContaining({ field: 'input.visas.0.context', rule: 'partnerContext' })],
      });
    });
  });

  describe('search', () => {
    let passportHolder: string;
    let documentHolder: string;
    let phoneHolder: string;

    beforeAll(async () => {
      passportHolder = await create('PassportHolder', { passports: [{ number: 'P5550001', issuingCountry: 'GB', expiryDate: daysFromToday(900) }] });
      documentHolder = await withEveryDocument('DocumentHolder');
      phoneHolder = await create('PhoneHolder', { phones: [{ number: '+447700900555' }, { number: '+12025550123', type: 'WORK' }] });
    });

    it('finds a traveller by the exact number of any document, whatever the case and spacing', async () => {
      const find = async (documentNumber: string) =>
        (await run(AGENT, SEARCH, { filter: { documentNumber } })).profiles.items.map((item: { id: string }) => item.id);
      expect(await find('P5550001')).toEqual([passportHolder]);
      expect(await find('p555 0001')).toEqual([passportHolder]);
      expect(await find('v12345678')).toContain(documentHolder);
      expect(await find('YF000123')).toContain(documentHolder);
      expect(await find('POL 998877')).toContain(documentHolder);
      expect(await find('NOSUCH999')).toEqual([]);
      const counted = await run(AGENT, SEARCH, { filter: { documentNumber: 'P5550001' } });
      expect(counted.profiles.total).toBe(1);
    });

    it('finds a traveller by any of their phone numbers, and follows changes to them', async () => {
      const find = async (phone: string) => (await run(AGENT, SEARCH, { filter: { phone } })).profiles.items.map((item: { id: string }) => item.id);
      expect(await find('+12025550123')).toEqual([phoneHolder]);
      expect(await find('+447700900555')).toEqual([phoneHolder]);
      await run(AGENT, `mutation($id: ID!) { updateProfile(id: $id, input: { expectedVersion: 1, phones: [{ number: "+447700900777" }] }) { version } }`, {
        id: phoneHolder,
      });
      expect(await find('+447700900555')).toEqual([]);
      expect(await find('+447700900777')).toEqual([phoneHolder]);
      const bad = await graph.run(AGENT, SEARCH, { filter: { phone: '07700 900777' } });
      expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [expect.objectContaining({ field: 'filter.phone' })] });
    });

    it('reads documents and searches in the same number of statements whatever the page size', async () => {
      for (let index = 0; index < 3; index += 1) await withEveryDocument('Counted');
      const measure = async (limit: number) => {
        await graph.running.audit.flush();
        const before = await statementCount();
        const result = await graph.run(
          AGENT,
          `query($limit: Int!) { profiles(filter: { search: "counted" }, page: { limit: $limit }) { items { nationalities visas { numberMasked } vaccinations { numberMasked } entryEndorsements { country } travelInsurance { numberMasked } } } }`,
          { limit },
        );
        expect(result.errors).toBeUndefined();
        return (await statementCount()) - before;
      };
      expect(await measure(1)).toBe(await measure(3));
      const search = async (limit: number) => {
        await graph.running.audit.flush();
        const before = await statementCount();
        await run(AGENT, SEARCH, { filter: { documentNumber: 'V12345678', phone: undefined }, page: { limit } });
        return (await statementCount()) - before;
      };
      expect(await search(1)).toBe(await search(50));
    });
  });

  describe('passports, replaced by the same list as every other document', () => {
    const UPDATE = `mutation($id: ID!, $input: UpdateProfileInput!) { updateProfile(id: $id, input: $input) { version passports { id number issuingCountry expiryDate } } }`;

    it('keeps a lapsed passport on file, lists the latest expiry first, and names the passport in its violations', async () => {
      const id = await create('Passports');
      const lapsed = { number: 'P1111111', issuingCountry: 'gb', expiryDate: daysFromToday(-30) };
      const current = { number: 'P2222222', issuingCountry: 'FR', expiryDate: daysFromToday(3000) };
      const { updateProfile } = await run(AGENT, UPDATE, { id, input: { expectedVersion: 1, passports: [lapsed, current] } });
      expect(updateProfile.passports).toEqual([
        { id: expect.any(String), number: 'P2222222', issuingCountry: 'FR', expiryDate: current.expiryDate },
        { id: expect.any(String), number: 'P1111111', issuingCountry: 'GB', expiryDate: lapsed.expiryDate },
      ]);
      const other = await create('Other');
      const foreign = await graph.run(AGENT, UPDATE, {
        id: other,
        input: { expectedVersion: 1, passports: [{ id: updateProfile.passports[0].id, issuingCountry: 'FR', expiryDate: current.expiryDate }] },
      });
      expect(foreign.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: [{ field: 'input.passports.0.id', rule: 'belongsToProfile', message: 'is not a passport of this traveller' }],
      });
      const unnumbered = await graph.run(AGENT, UPDATE, {
        id: other,
        input: { expectedVersion: 1, passports: [{ issuingCountry: 'FR', expiryDate: current.expiryDate }] },
      });
      expect(unnumbered.errors![0].extensions).toMatchObject({
        violations: [{ field: 'input.passports.0.number', rule: 'isNotEmpty', message: 'is required for a new passport' }],
      });
      const [{ count }] = await graph.running.dataSource.query('SELECT COUNT(*) AS count FROM passports WHERE profile_id = ?', [other]);
      expect(Number(count)).toBe(0);
    });
  });

  describe('as a profile part', () => {
    const parts = () => {
      const numbers = new EncryptedNumbers(() => new FieldCipher({ id: 'k1', key: KEY }));
      return documentLists(numbers, new ProfileHistoryService(graph.running.dataSource));
    };

    it('exports numbers in clear for the person, moves rows on merge and destroys them on erasure', async () => {
      const id = await withEveryDocument('Subject');
      const survivor = await create('Survivor');
      const lists = parts();
      const manager = graph.running.dataSource.manager;
      expect(await lists.visas.exportSubject(manager, id)).toEqual([expect.objectContaining({ number: 'V12345678', country: 'US', entryType: 'MULTIPLE' })]);
      expect(await lists.travelInsurance.exportSubject(manager, id)).toEqual([expect.objectContaining({ number: 'POL998877', insurer: 'Allianz Travel' })]);
      expect(await lists.entryEndorsements.exportSubject(manager, id)).toEqual([expect.objectContaining({ country: 'AU' })]);

      await lists.visas.merge(manager, id, survivor);
      expect(
        await manager.query('SELECT profile_id FROM visas WHERE number_hash = ?', [new FieldCipher({ id: 'k1', key: KEY }).blindIndex('V12345678')]),
      ).toEqual(expect.arrayContaining([{ profile_id: survivor }]));

      for (const list of Object.values(lists)) await list.eraseSubject(manager, id);
      for (const table of ['vaccination_certificates', 'entry_endorsements', 'travel_insurance_policies']) {
        expect(await manager.query(`SELECT id FROM ${table} WHERE profile_id = ?`, [id])).toHaveLength(0);
      }
    });
  });

  async function statementCount(): Promise<number> {
    const response = await fetch(graph.running.url.replace('/graphql', '/metrics'));
    return ((await response.json()) as { sqlStatements: number }).sqlStatements;
  }
});
