import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { startProfilesSubgraph } from '../testing/profiles-test-subgraph';

const SUPERVISOR = staff(
  ['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write', 'profiles:import'],
  ['supervisor'],
  '0190f0b2-0000-7000-8000-0000000000a1',
);
const IMPORTER_WITHOUT_PERSONAL = staff(['profiles:read', 'profiles:import'], ['test'], '0190f0b2-0000-7000-8000-0000000000a2');
const AGENT = staff(['profiles:read', 'profiles:write'], ['agent'], '0190f0b2-0000-7000-8000-0000000000a3');

const START = /* GraphQL */ `
  mutation Start($input: StartProfileImportInput!) {
    startProfileImport(input: $input) {
      id
      status
      dryRun
      chunks
    }
  }
`;
const APPEND = /* GraphQL */ `
  mutation Append($id: ID!, $input: AppendProfileImportRowsInput!) {
    appendProfileImportRows(id: $id, input: $input) {
      id
      chunks
      rowsSeen
      rowsAccepted
      rowsImported
      rowsRejected
    }
  }
`;
const PROGRESS = /* GraphQL */ `
  query Progress($id: ID!) {
    profileImport(id: $id) {
      status
      expectedRows
      rowsSeen
      rowsAccepted
      rowsImported
      rowsRejected
      rejectionsRecorded
      rejections(page: { limit: 100 }) {
        total
        items {
          line
          field
          rule
          message
        }
      }
    }
  }
`;
const FINISH = /* GraphQL */ `
  mutation Finish($id: ID!) {
    finishProfileImport(id: $id) {
      status
      completedAt
    }
  }
`;

const COLUMNS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'email',
  'phone',
  'countryCode',
  'city',
  'addressLine1',
  'passportNumber',
  'passportIssuingCountry',
  'passportExpiryDate',
];
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'PAPER' };

describe('CSV import of travellers', () => {
  let graph: TestSubgraph;
  const count = async (sql: string, params: unknown[] = []) => Number((await graph.running.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    graph = await startProfilesSubgraph();
  });
  afterAll(() => graph.stop());

  const start = async (input: Record<string, unknown>, principal = SUPERVISOR) => {
    const result = await graph.run(principal, START, { input: { columns: COLUMNS, lawfulBasis: LAWFUL_BASIS, ...input } });
    expect(result.errors).toBeUndefined();
    return result.data!.startProfileImport.id as string;
  };
  const append = (id: string, sequence: number, csv: string) => graph.run(SUPERVISOR, APPEND, { id, input: { sequence, csv } });

  const FILE = [
    'Ada,Lovelace,1915-12-10,ada@example.com,+447700900001,GB,London,12 St James Sq,X1234567,GB,2031-01-01',
    'Bad,Email,1990-01-01,not-an-email,+447700900002,GB,Leeds,1 Road,,,',
    '"Grace, Rear Adm.",Hopper,1906-12-09,grace@example.com,,US,"New York","1 ""Navy"" Way",,,',
    ',Nameless,,,,,,,,,',
    'Too,Few,Columns',
    'Old,Passport,1970-01-01,,,,,,Y7654321,FR,1999-13-01',
  ].join('\n');

  it('checks every row in a dry run and writes nothing', async () => {
    const before = await count('SELECT COUNT(*) AS n FROM profiles');
    const id = await start({ dryRun: true, expectedRows: 6 });
    const appended = await append(id, 0, FILE);
    expect(appended.errors).toBeUndefined();
    expect(appended.data!.appendProfileImportRows).toMatchObject({ chunks: 1, rowsSeen: 6, rowsAccepted: 2, rowsImported: 0, rowsRejected: 4 });
    expect(await count('SELECT COUNT(*) AS n FROM profiles')).toBe(before);
    expect(await count('SELECT COUNT(*) AS n FROM consent_records')).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM passports')).toBe(0);
  });

  it('imports the good rows and reports each bad one by line, column and rule', async () => {
    const id = await start({ dryRun: false, expectedRows: 6 });
    const appended = await append(id, 0, FILE);
    expect(appended.data!.appendProfileImportRows).toMatchObject({ rowsSeen: 6, rowsAccepted: 2, rowsImported: 2, rowsRejected: 4 });

    const progress = (await graph.run(SUPERVISOR, PROGRESS, { id })).data!.profileImport;
    expect(progress).toMatchObject({ status: 'OPEN', expectedRows: 6, rowsSeen: 6, rowsRejected: 4 });
    expect(progress.rejections.items).toEqual([
      { line: 3, field: 'email', rule: 'isEmail', message: 'must be an e-mail address' },
      { line: 5, field: 'givenName', rule: 'isLength', message: expect.any(String) },
      { line: 6, field: null, rule: 'columnCount', message: 'has 3 fields; the header has 11' },
      { line: 7, field: 'passportExpiryDate', rule: 'isDate', message: 'must be a date written YYYY-MM-DD' },
    ]);

    const stored = await graph.running.dataSource.query(
      "SELECT id, given_name, status, addresses FROM profiles WHERE family_name IN ('Lovelace', 'Hopper') ORDER BY family_name",
    );
    expect(stored.map((row: { given_name: string }) => row.given_name)).toEqual(['Grace, Rear Adm.', 'Ada']);
    expect(JSON.parse(stored[0].addresses)[0]).toMatchObject({ lines: ['1 "Navy" Way'], city: 'New York', countryCode: 'US', isDefault: true });
    const ada = stored[1].id;
    expect(
      await count("SELECT COUNT(*) AS n FROM consent_records WHERE profile_id = ? AND purpose = 'PROFILE_STORAGE' AND legal_basis = 'CONTRACT'", [ada]),
    ).toBe(1);
    expect(await count('SELECT COUNT(*) AS n FROM passports WHERE profile_id = ?', [ada])).toBe(1);
    const history = await graph.running.dataSource.query(
      "SELECT subject_type, field FROM profile_changes WHERE profile_id = ? AND operation = 'appendProfileImportRows' ORDER BY subject_type",
      [ada],
    );
    expect(history).toEqual([
      { subject_type: 'ConsentRecord', field: '*' },
      { subject_type: 'Passport', field: '*' },
      { subject_type: 'Profile', field: '*' },
    ]);
    const [passportChange] = await graph.running.dataSource.query("SELECT new_value FROM profile_changes WHERE profile_id = ? AND subject_type = 'Passport'", [
      ada,
    ]);
    expect(JSON.parse(passportChange.new_value)).toMatchObject({ number: '[redacted]', issuingCountry: expect.any(String) });
    expect(await count("SELECT COUNT(*) AS n FROM profiles WHERE family_name IN ('Email', 'Nameless', 'Few', 'Passport')")).toBe(0);

    const finished = await graph.run(SUPERVISOR, FINISH, { id });
    expect(finished.data!.finishProfileImport.status).toBe('COMPLETED');
    expect((await append(id, 1, 'More,Rows,,,,,,,,,')).errors![0].extensions!.code).toBe('CONFLICT');
  });

  /** Each record's history as `type.field`; a record imported whole names its fields in its one row. */
  const historyFields = async (profileId: string): Promise<string[]> => {
    const rows: { subject_type: string; field: string; new_value: string }[] = await graph.running.dataSource.query(
      'SELECT subject_type, field, new_value FROM profile_changes WHERE profile_id = ?',
      [profileId],
    );
    return rows
      .flatMap((row) => (row.field === '*' ? Object.keys(JSON.parse(row.new_value)) : [row.field]).map((field) => `${row.subject_type}.${field}`))
      .sort();
  };

  it('writes what createProfile writes for the same traveller, its history one row per record', async () => {
    const id = await start({ dryRun: false, columns: ['givenName', 'familyName', 'email', 'passportNumber', 'passportIssuingCountry', 'passportExpiryDate'] });
    await append(id, 0, 'Same,Imported,same@example.com,Z1234567,GB,2031-01-01');
    const created = await graph.run(SUPERVISOR, `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }`, {
      input: {
        givenName: 'Same',
        familyName: 'Created',
        emails: [{ address: 'same@example.com' }],
        passports: [{ number: 'Z7654321', issuingCountry: 'GB', expiryDate: '2031-01-01' }],
        lawfulBasis: LAWFUL_BASIS,
      },
    });
    const shape = async (familyName: string) => {
      const [{ id: profileId }] = await graph.running.dataSource.query('SELECT id FROM profiles WHERE family_name = ?', [familyName]);
      const query = (sql: string) => graph.running.dataSource.query(sql, [profileId]);
      return {
        history: await historyFields(profileId),
        consents: await query('SELECT purpose, granted, legal_basis, notice_version, channel, withdrawn_at FROM consent_records WHERE profile_id = ?'),
        passports: await query('SELECT issuing_country, number_tail FROM passports WHERE profile_id = ?'),
        phones: await query('SELECT number FROM profile_phones WHERE profile_id = ?'),
        keys: (await query('SELECT kind FROM profile_match_keys WHERE profile_id = ? ORDER BY kind')).map((row: { kind: string }) => row.kind),
      };
    };
    expect(created.errors).toBeUndefined();
    const [imported, direct] = [await shape('Imported'), await shape('Created')];
    expect({ ...imported, passports: imported.passports.map((row: { issuing_country: string }) => row.issuing_country) }).toEqual({
      ...direct,
      passports: direct.passports.map((row: { issuing_country: string }) => row.issuing_country),
    });
    expect(imported.consents).toHaveLength(1);
    expect(imported.keys.length).toBeGreaterThan(0);
  });

  it('reports malformed CSV per line and carries line numbers across chunks', async () => {
    const id = await start({ dryRun: true });
    expect((await append(id, 0, 'A,One,,,,,,,,,\n"Two\nlines",Quoted,,,,,,,,,\n')).errors).toBeUndefined();
    expect((await append(id, 1, 'B,"unclosed,,,,,,,,,\nC,Three,,,,,,,,,\n')).errors).toBeUndefined();
    const third = await append(id, 2, 'D"x,Four,,,,,,,,,');
    expect(third.data!.appendProfileImportRows).toMatchObject({ chunks: 3, rowsSeen: 5, rowsAccepted: 3, rowsRejected: 2 });
    const progress = (await graph.run(SUPERVISOR, PROGRESS, { id })).data!.profileImport;
    expect(progress.rejections.items).toEqual([
      { line: 5, field: null, rule: 'closedQuote', message: 'a quoted field is not closed' },
      { line: 7, field: null, rule: 'quotedField', message: expect.any(String) },
    ]);
  });

  it('applies a resent chunk once and refuses one out of order', async () => {
    const id = await start({ dryRun: false });
    const csv = 'Resent,Once,,,,,,,,,';
    expect((await append(id, 0, csv)).data!.appendProfileImportRows.rowsImported).toBe(1);
    expect((await append(id, 0, csv)).data!.appendProfileImportRows).toMatchObject({ chunks: 1, rowsImported: 1 });
    expect((await append(id, 5, csv)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', expectedSequence: 1 });
    expect(await count("SELECT COUNT(*) AS n FROM profiles WHERE family_name = 'Once'")).toBe(1);
  });

  it('applies a chunk sent twice at once only once', async () => {
    const id = await start({ dryRun: false });
    const csv = 'Sent,Twice,,,,,,,,,';
    const answers = await Promise.all([append(id, 0, csv), append(id, 0, csv)]);
    const outcomes = answers.map((answer) => answer.errors?.[0].extensions!.code ?? answer.data!.appendProfileImportRows.rowsImported);
    // One stores it; the other finds it stored or, storing it at the same moment, is refused.
    expect(outcomes).toContain(1);
    expect(outcomes.every((outcome) => outcome === 1 || outcome === 'CONFLICT')).toBe(true);
    expect(await count("SELECT COUNT(*) AS n FROM profiles WHERE family_name = 'Twice'")).toBe(1);
  });

  it('refuses bad headers, missing scopes and other people’s jobs', async () => {
    const badHeader = await graph.run(SUPERVISOR, START, { input: { dryRun: true, columns: ['givenName', 'shoeSize', 'givenName'] } });
    expect(badHeader.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: expect.arrayContaining([
        expect.objectContaining({ field: 'input.columns.1', rule: 'isImportColumn' }),
        expect.objectContaining({ field: 'input.columns.2', rule: 'unique' }),
        expect.objectContaining({ field: 'input.columns', rule: 'requiredColumn' }),
        expect.objectContaining({ field: 'input.lawfulBasis', rule: 'lawfulBasis' }),
      ]),
    });
    const noImportScope = await graph.run(AGENT, START, { input: { dryRun: true, columns: COLUMNS, lawfulBasis: LAWFUL_BASIS } });
    expect(noImportScope.errors![0].extensions!.code).toBe('FORBIDDEN');
    const dateOfBirthWithoutScope = await graph.run(IMPORTER_WITHOUT_PERSONAL, START, { input: { dryRun: true, columns: COLUMNS, lawfulBasis: LAWFUL_BASIS } });
    expect(dateOfBirthWithoutScope.errors![0].extensions!.code).toBe('FORBIDDEN');
    const someoneElses = await start({ dryRun: true, columns: ['givenName', 'familyName'] });
    const appended = await graph.run(IMPORTER_WITHOUT_PERSONAL, APPEND, { id: someoneElses, input: { sequence: 0, csv: 'A,B' } });
    expect(appended.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
