import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { AuditEvent, Principal } from '@wayfarer/kit';
import { startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'], ['agent']);
const MARKETING = staff(['profiles:read'], ['marketing']);
const PARTNER: Principal = { id: 'partner-1', kind: 'partner', roles: [], scopes: ['profiles:read'], accountIds: [], client: 'acme-hr' };

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateProfileInput!) {
    createProfile(input: $input) {
      id
      version
      fullName
      dateOfBirth
      emails {
        address
        isDefault
      }
      phones {
        number
      }
      passports {
        id
        numberMasked
        number
        issuingCountry
        expiryDate
      }
    }
  }
`;
const READ = /* GraphQL */ `
  query Read($id: ID!) {
    profile(id: $id) {
      id
      givenName
      dateOfBirth
      passports {
        numberMasked
        number
      }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($id: ID!, $input: UpdateProfileInput!) {
    updateProfile(id: $id, input: $input) {
      id
      version
      department
      familyName
    }
  }
`;
const LIST = /* GraphQL */ `
  query List($filter: ProfileFilter, $sort: ProfileSort, $page: PageInput) {
    profiles(filter: $filter, sort: $sort, page: $page) {
      total
      totalIsExact
      nextCursor
      items {
        id
        familyName
        givenName
      }
    }
  }
`;

const traveller = (overrides: Record<string, unknown> = {}) => ({
  givenName: 'Zoë',
  familyName: 'Núñez',
  dateOfBirth: '1984-03-02',
  emails: [{ address: 'Zoe.Nunez@example.com', type: 'PERSONAL' }],
  phones: [{ number: '+447700900123', type: 'WORK' }],
  passports: [{ number: 'X1234567', issuingCountry: 'GB', expiryDate: '2031-05-01' }],
  lawfulBasis: STORAGE_BASIS,
  ...overrides,
});

describe('profiles subgraph', () => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph();
  });
  afterAll(() => graph.stop());

  const create = async (overrides: Record<string, unknown> = {}) => {
    const result = await graph.run(AGENT, CREATE, { input: traveller(overrides) });
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile;
  };

  it('refuses a request without the gateway token', async () => {
    const result = await graph.run(null, READ, { id: 'x' });
    expect(result.status).toBe(401);
    expect(result.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('creates a traveller with one default contact and an encrypted passport', async () => {
    const created = await create();
    expect(created).toMatchObject({
      version: 1,
      fullName: 'Zoë Núñez',
      dateOfBirth: '1984-03-02',
      emails: [{ address: 'zoe.nunez@example.com', isDefault: true }],
      passports: [{ numberMasked: '•••567', number: 'X1234567', issuingCountry: 'GB', expiryDate: '2031-05-01' }],
    });
    const [stored] = await graph.running.dataSource.query('SELECT number_encrypted, number_hash FROM passports WHERE profile_id = ?', [created.id]);
    expect(stored.number_encrypted).toMatch(/^k1:/);
    expect(JSON.stringify(stored)).not.toContain('1234567');
  });

  it('names the field and rule of bad input and writes nothing', async () => {
    const before = await graph.running.dataSource.query('SELECT COUNT(*) AS n FROM profiles');
    const result = await graph.run(AGENT, CREATE, {
      input: traveller({
        familyName: 'Nothing-Written',
        phones: [{ number: '07700 900123' }],
        addresses: [{ lines: ['1 High St'], city: 'Leeds', countryCode: 'XX' }],
      }),
    });
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: expect.arrayContaining([
        expect.objectContaining({ field: 'input.phones.0.number', rule: 'matches' }),
        expect.objectContaining({ field: 'input.addresses.0.countryCode', rule: 'isISO31661Alpha2' }),
      ]),
    });
    const after = await graph.running.dataSource.query('SELECT COUNT(*) AS n FROM profiles');
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });

  it('keeps the name in native script, the preferred language and emergency contacts, checked and in history', async () => {
    const CONTACT_DETAILS = 'id version nativeName preferredLanguage emergencyContacts { name relationship phone email }';
    const created = await graph.run(AGENT, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { ${CONTACT_DETAILS} } }`, {
      input: traveller({
        nativeName: ' 王小明 ',
        preferredLanguage: 'zh-CN',
        emergencyContacts: [{ name: ' Wang Li ', relationship: 'Spouse', phone: '+8613800138000', email: 'Wang.Li@Example.com' }],
      }),
    });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createProfile;
    expect(created.data!.createProfile).toMatchObject({
      nativeName: '王小明',
      preferredLanguage: 'zh-CN',
      emergencyContacts: [{ name: 'Wang Li', relationship: 'Spouse', phone: '+8613800138000', email: 'wang.li@example.com' }],
    });
    const updated = await graph.run(AGENT, `mutation($id: ID!, $input: UpdateProfileInput!) { updateProfile(id: $id, input: $input) { ${CONTACT_DETAILS} } }`, {
      id,
      input: { expectedVersion: 1, preferredLanguage: 'pt-BR', emergencyContacts: [] },
    });
    expect(updated.data!.updateProfile).toMatchObject({ nativeName: '王小明', preferredLanguage: 'pt-BR', emergencyContacts: [] });
    const history = await graph.run(
      AGENT,
      `query($id: ID!) { profile(id: $id) { history(page: { limit: 50 }) { items { operation field oldValue newValue } } } }`,
      { id },
    );
    expect(history.data!.profile.history.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operation: 'createProfile', field: 'nativeName', newValue: '"王小明"' }),
        expect.objectContaining({ operation: 'updateProfile', field: 'preferredLanguage', oldValue: '"zh-CN"', newValue: '"pt-BR"' }),
        expect.objectContaining({ operation: 'updateProfile', field: 'emergencyContacts', newValue: '[]' }),
      ]),
    );

    const refused = await graph.run(AGENT, CREATE, {
      input: traveller({ familyName: 'Unreachable', preferredLanguage: 'Chinese', emergencyContacts: [{ name: 'Nobody', phone: '0800 123' }] }),
    });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: expect.arrayContaining([
        expect.objectContaining({ field: 'input.preferredLanguage', rule: 'matches' }),
        expect.objectContaining({ field: 'input.emergencyContacts.0.phone', rule: 'matches' }),
      ]),
    });
    expect(await graph.running.dataSource.query("SELECT id FROM profiles WHERE family_name = 'Unreachable'")).toHaveLength(0);
  });

  it('refuses a passport that expires before it was issued, and writes nothing', async () => {
    const result = await graph.run(AGENT, CREATE, {
      input: traveller({
        familyName: 'Backwards',
        passports: [{ number: 'Y7654321', issuingCountry: 'FR', issueDate: '2030-01-01', expiryDate: '2029-01-01' }],
      }),
    });
    expect(result.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [{ field: 'input.passports.0.expiryDate', rule: 'isAfterIssueDate' }],
    });
    const rows = await graph.running.dataSource.query("SELECT id FROM profiles WHERE family_name = 'Backwards'");
    expect(rows).toHaveLength(0);
  });

  it('gives marketing the profile without date of birth or document number, with FORBIDDEN at those paths', async () => {
    const { id } = await create();
    const result = await graph.run(MARKETING, READ, { id });
    expect(result.status).toBe(200);
    expect(result.data!.profile).toEqual({ id, givenName: 'Zoë', dateOfBirth: null, passports: [{ numberMasked: '•••567', number: null }] });
    const denied = result.errors!.map((error) => [error.path!.join('.'), error.extensions!.code]);
    expect(denied).toEqual(
      expect.arrayContaining([
        ['profile.dateOfBirth', 'FORBIDDEN'],
        ['profile.passports.0.number', 'FORBIDDEN'],
      ]),
    );
  });

  it('lets marketing neither write nor record a date of birth', async () => {
    const result = await graph.run(MARKETING, CREATE, { input: traveller() });
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it('refuses partner clients travellers not linked to their accounts, and lists none of them', async () => {
    const { id } = await create();
    const result = await graph.run(PARTNER, READ, { id });
    expect(result.errors![0].extensions!.code).toBe('FORBIDDEN');
    const list = await graph.run(PARTNER, LIST, {});
    expect(list.errors).toBeUndefined();
    expect(list.data!.profiles.items).toEqual([]);
    const named = await graph.run(PARTNER, `query($ids: [ID!]) { profiles(filter: { ids: $ids }) { items { id } } }`, { ids: [id] });
    expect(named.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('resolves entity references in one batch and enforces the same rules there', async () => {
    const ids = [(await create()).id, (await create()).id, (await create()).id];
    const representations = ids.map((id) => ({ __typename: 'Profile', id }));
    const unaudited = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Profile { id givenName } } }`;
    await graph.running.audit.flush();
    const before = await statementCount();
    const result = await graph.run(AGENT, unaudited, { r: representations });
    expect(result.data!._entities.map((entity: { id: string }) => entity.id)).toEqual(ids);
    expect((await statementCount()) - before).toBe(1);

    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Profile { id dateOfBirth } } }`;

    const marketing = await graph.run(MARKETING, query, { r: representations });
    expect(marketing.data!._entities[0]).toEqual({ id: ids[0], dateOfBirth: null });
    expect(marketing.errors![0].extensions!.code).toBe('FORBIDDEN');
    const nobody = await graph.run(staff([]), query, { r: representations });
    expect(nobody.data?._entities ?? [null, null, null]).toEqual([null, null, null]);
    expect(nobody.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a stale update with CONFLICT and keeps the newer change', async () => {
    const { id } = await create();
    const first = await graph.run(AGENT, UPDATE, { id, input: { expectedVersion: 1, department: 'Finance' } });
    expect(first.data!.updateProfile).toMatchObject({ version: 2, department: 'Finance' });
    const stale = await graph.run(AGENT, UPDATE, { id, input: { expectedVersion: 1, department: 'Sales' } });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    const [row] = await graph.running.dataSource.query('SELECT department, version FROM profiles WHERE id = ?', [id]);
    expect(row).toEqual({ department: 'Finance', version: 2 });
  });

  it('keeps an existing passport by id without resending its number', async () => {
    const created = await create();
    const passportId = created.passports[0].id;
    const result = await graph.run(AGENT, UPDATE, {
      id: created.id,
      input: { expectedVersion: 1, passports: [{ id: passportId, issuingCountry: 'IE', expiryDate: '2032-01-01' }] },
    });
    expect(result.errors).toBeUndefined();
    const read = await graph.run(AGENT, `query($id: ID!) { profile(id: $id) { passports { id number issuingCountry } } }`, { id: created.id });
    expect(read.data!.profile.passports).toEqual([{ id: passportId, number: 'X1234567', issuingCountry: 'IE' }]);
  });

  it('records audited reads of date of birth and document numbers, and every mutation', async () => {
    const { id } = await create({ familyName: 'Audited' });
    await graph.run(AGENT, READ, { id });
    await graph.running.audit.flush();
    const rows: { payload: string }[] = await graph.running.dataSource.query('SELECT payload FROM audit_outbox');
    const events: AuditEvent[] = rows.map((row) => JSON.parse(row.payload));
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ operation: 'createProfile', subjectType: 'Profile', subjectIds: [id], actorId: AGENT.id, outcome: 'success' }),
        expect.objectContaining({ operation: 'read', subjectType: 'Profile', subjectIds: [id], fields: ['dateOfBirth'] }),
        expect.objectContaining({ operation: 'read', subjectType: 'Passport', fields: ['number'] }),
      ]),
    );
  });

  describe('lists', () => {
    beforeAll(async () => {
      for (const [givenName, familyName, email] of [
        ['Ana', 'Ångström', 'ana@fjord.example'],
        ['Bo', 'Angstrom', 'bo@fjord.example'],
        ['Cy', 'Anders', 'cy@plain.example'],
      ]) {
        await create({ givenName, familyName, emails: [{ address: email }], passports: undefined });
      }
    });

    it('finds names by prefix whatever the accents, given name first too, and e-mails', async () => {
      const byFamily = await graph.run(AGENT, LIST, { filter: { search: 'angst' } });
      expect(byFamily.data!.profiles.items.map((item: { givenName: string }) => item.givenName).sort()).toEqual(['Ana', 'Bo']);
      const byGiven = await graph.run(AGENT, LIST, { filter: { search: 'cy and' } });
      expect(byGiven.data!.profiles.items.map((item: { familyName: string }) => item.familyName)).toEqual(['Anders']);
      const byEmail = await graph.run(AGENT, LIST, { filter: { search: 'bo@fj' } });
      expect(byEmail.data!.profiles).toMatchObject({ total: 1, totalIsExact: true, items: [{ givenName: 'Bo' }] });
    });

    it('finds names by the start of the name in native script, in any sort order, and forgets a replaced one', async () => {
      const li = await create({
        givenName: 'Xiaolong',
        familyName: 'Li',
        nativeName: '李小龙',
        emails: [{ address: 'xiaolong@li.example' }],
        passports: undefined,
      });
      const kim = await create({
        givenName: 'Minjun',
        familyName: 'Kim',
        nativeName: '김민준',
        emails: [{ address: 'minjun@kim.example' }],
        passports: undefined,
      });
      const found = async (search: string, sort?: Record<string, string>) => {
        const result = await graph.run(AGENT, LIST, { filter: { search }, sort });
        expect(result.errors).toBeUndefined();
        return result.data!.profiles.items.map((item: { id: string }) => item.id);
      };
      expect(await found('李小')).toEqual([li.id]);
      expect(await found('李小', { field: 'CREATED_AT', direction: 'DESC' })).toEqual([li.id]);
      expect(await found('김민')).toEqual([kim.id]);

      const renamed = await graph.run(AGENT, UPDATE, { id: li.id, input: { expectedVersion: li.version, nativeName: '黄飞鸿' } });
      expect(renamed.errors).toBeUndefined();
      expect(await found('李小')).toEqual([]);
      expect(await found('黄飞')).toEqual([li.id]);
    });

    it('walks a search merged from family-name and given-name matches in family-name order, by cursor and by offset', async () => {
      await create({ givenName: 'Anneli', familyName: 'Zetterlund', emails: [{ address: 'anneli@z.example' }], passports: undefined });
      const all = await graph.run(AGENT, LIST, { filter: { search: 'an' }, page: { limit: 200 } });
      const names = all.data!.profiles.items.map((item: { familyName: string }) => item.familyName);
      expect(names).toEqual(expect.arrayContaining(['Anders', 'Zetterlund']));
      expect(names.indexOf('Anders')).toBeLessThan(names.indexOf('Zetterlund'));
      const ids = all.data!.profiles.items.map((item: { id: string }) => item.id);
      expect(all.data!.profiles.total).toBe(ids.length);
      const walked: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await graph.run(AGENT, LIST, { filter: { search: 'an' }, page: { limit: 2, after } });
        walked.push(...page.data.profiles.items.map((item: { id: string }) => item.id));
        after = page.data.profiles.nextCursor;
      } while (after);
      expect(walked).toEqual(ids);
      const second = await graph.run(AGENT, LIST, { filter: { search: 'an' }, page: { limit: 2, offset: 2 } });
      expect(second.data!.profiles.items.map((item: { id: string }) => item.id)).toEqual(ids.slice(2, 4));
    });

    it('walks keyset pages and offset pages to the same order', async () => {
      const all = await graph.run(AGENT, LIST, { sort: { field: 'FAMILY_NAME', direction: 'DESC' }, page: { limit: 200 } });
      const ids = all.data!.profiles.items.map((item: { id: string }) => item.id);
      const walked: string[] = [];
      let after: string | null = null;
      do {
        const page: any = await graph.run(AGENT, LIST, { sort: { field: 'FAMILY_NAME', direction: 'DESC' }, page: { limit: 4, after } });
        walked.push(...page.data.profiles.items.map((item: { id: string }) => item.id));
        after = page.data.profiles.nextCursor;
      } while (after);
      expect(walked).toEqual(ids);
      const third = await graph.run(AGENT, LIST, { sort: { field: 'FAMILY_NAME', direction: 'DESC' }, page: { limit: 4, offset: 8 } });
      expect(third.data!.profiles.items.map((item: { id: string }) => item.id)).toEqual(ids.slice(8, 12));
      expect(all.data!.profiles.total).toBe(ids.length);
    });

    it('uses the same number of SQL statements whatever the page size', async () => {
      const measure = async (limit: number) => {
        await graph.running.audit.flush();
        const before = await statementCount();
        const result = await graph.run(AGENT, `query($page: PageInput) { profiles(page: $page) { total items { id passports { numberMasked } } } }`, {
          page: { limit },
        });
        expect(result.errors).toBeUndefined();
        return (await statementCount()) - before;
      };
      expect(await measure(2)).toBe(await measure(20));
    });

    it('rejects a forged cursor, an oversize page and an offset past the window by name', async () => {
      const forged = await graph.run(AGENT, LIST, { page: { after: 'not-a-cursor' } });
      expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'page.after' }] });
      const huge = await graph.run(AGENT, LIST, { page: { limit: 5000 } });
      expect(huge.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [expect.objectContaining({ field: 'page.limit', rule: 'max' })] });
      const deep = await graph.run(AGENT, LIST, { page: { limit: 25, offset: 10_001 } });
      expect(deep.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        violations: [expect.objectContaining({ field: 'page.offset', rule: 'max' })],
      });
      expect(deep.errors![0].message).toContain('page.after');
      expect((await graph.run(AGENT, LIST, { page: { limit: 25, offset: 10_000 } })).errors).toBeUndefined();
    });
  });

  async function statementCount(): Promise<number> {
    const response = await fetch(graph.running.url.replace('/graphql', '/metrics'));
    return ((await response.json()) as { sqlStatements: number }).sqlStatements;
  }
});
