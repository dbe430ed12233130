import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { AuditEvent } from '@wayfarer/kit';
import { startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(
  ['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write', 'profiles:export'],
  ['agent'],
);
const MARKETING = staff(['profiles:read', 'profiles:export'], ['marketing'], '0190f0b2-0000-7000-8000-0000000000e2');
const DPO = staff(['profiles:read', 'profiles.personal:read', 'profiles.documents:read', 'audit:read'], ['dpo']);

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateProfileInput!) {
    createProfile(input: $input) {
      id
    }
  }
`;
const EXPORT = /* GraphQL */ `
  query Export($filter: ProfileFilter, $sort: ProfileSort, $format: ProfileExportFormat!) {
    exportProfiles(filter: $filter, sort: $sort, format: $format) {
      filename
      contentType
      rows
      fields
      content
    }
  }
`;

describe('export of a filtered traveller list', () => {
  let graph: TestSubgraph;

  beforeAll(async () => {
    graph = await startProfilesSubgraph({ PROFILE_EXPORT_MAX_ROWS: '3' });
    const travellers = [
      { givenName: 'Amélie', familyName: 'Export', department: 'Sales', passports: [{ number: 'P9876543', issuingCountry: 'FR', expiryDate: '2030-02-02' }] },
      { givenName: 'Bo', familyName: 'Export', department: 'Sales', emails: [{ address: 'bo@example.com' }], phones: [{ number: '+46701234567' }] },
      { givenName: 'Cy', familyName: 'Export, "Jr"', department: 'Sales' },
      { givenName: '=HYPERLINK("x")', familyName: 'Other', department: 'Legal' },
    ];
    for (const traveller of travellers) {
      const created = await graph.run(AGENT, CREATE, {
        input: { ...traveller, dateOfBirth: '1980-05-05', lawfulBasis: STORAGE_BASIS },
      });
      expect(created.errors).toBeUndefined();
    }
  });
  afterAll(() => graph.stop());

  it('writes the list’s own filter to CSV with date of birth for a role that may read it, and masked document numbers only', async () => {
    const result = await graph.run(AGENT, EXPORT, { filter: { department: 'Sales' }, format: 'CSV' });
    expect(result.errors).toBeUndefined();
    const file = result.data!.exportProfiles;
    expect(file).toMatchObject({ contentType: 'text/csv; charset=utf-8', rows: 3 });
    expect(file.filename).toMatch(/^travellers-\d{14}\.csv$/);
    expect(file.fields).toContain('dateOfBirth');
    const lines = file.content.trim().split('\r\n');
    expect(lines[0]).toBe(file.fields.join(','));
    expect(lines).toHaveLength(4);
    expect(file.content).toContain('1980-05-05');
    expect(file.content).toContain('•••543 FR 2030-02-02');
    expect(file.content).not.toContain('P9876543');
    expect(file.content).toContain('"Export, ""Jr"""');
    expect(file.content).toContain(',+46701234567,');
  });

  it('leaves out what the role may not read, in JSON too', async () => {
    const result = await graph.run(MARKETING, EXPORT, { filter: { department: 'Sales' }, sort: { field: 'CREATED_AT', direction: 'ASC' }, format: 'JSON' });
    expect(result.errors).toBeUndefined();
    const file = result.data!.exportProfiles;
    expect(file.fields).not.toContain('dateOfBirth');
    const rows = JSON.parse(file.content);
    expect(rows.map((row: { givenName: string }) => row.givenName)).toEqual(['Amélie', 'Bo', 'Cy']);
    expect(rows[0]).not.toHaveProperty('dateOfBirth');
    expect(rows[0].passports).toEqual([{ numberMasked: '•••543', issuingCountry: 'FR', expiryDate: '2030-02-02' }]);
    expect(file.content).not.toContain('1980-05-05');
    expect(file.content).not.toContain('P9876543');
  });

  it('keeps a formula out of a spreadsheet', async () => {
    const file = (await graph.run(AGENT, EXPORT, { filter: { department: 'Legal' }, format: 'CSV' })).data!.exportProfiles;
    expect(file.content).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('refuses a filter matching more than the cap, naming the rule, and a role without the export scope', async () => {
    const tooMany = await graph.run(AGENT, EXPORT, { format: 'CSV' });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'filter', rule: 'maxExportRows' }] });
    expect(tooMany.errors![0].message).toContain('at most 3');
    expect((await graph.run(DPO, EXPORT, { format: 'CSV' })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('audits every export with the travellers and fields it held', async () => {
    await graph.running.audit.flush();
    const rows: { payload: string }[] = await graph.running.dataSource.query('SELECT payload FROM audit_outbox');
    const events = rows.map((row) => JSON.parse(row.payload) as AuditEvent).filter((event) => event.operation === 'exportProfiles');
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorId: MARKETING.id, subjectType: 'Profile', outcome: 'success', fields: expect.not.arrayContaining(['dateOfBirth']) }),
        expect.objectContaining({ outcome: 'failure', errorCode: 'BAD_USER_INPUT' }),
      ]),
    );
    expect(events.find((event) => event.actorId === MARKETING.id)!.subjectIds).toHaveLength(3);
  });
});
