import { TestGraph, TestStaff } from '@wayfarer/gateway/testing';
import { dataSubjectFieldNames } from '@wayfarer/kit';

// The console's chunk: small enough to be stored well within the gateway's subgraph timeout.
const CONSOLE_CHUNK_ROWS = 2_000;
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'PAPER' };

/** Through the gateway, with the roles sign-in gives: what the console does. */
describe('import, export and data-subject rights through the gateway', () => {
  let graph: TestGraph;
  let supervisor: TestStaff;
  let dpo: TestStaff;
  let marketing: TestStaff;

  beforeAll(async () => {
    graph = await TestGraph.start();
    [supervisor, dpo, marketing] = [await graph.createStaff('supervisor'), await graph.createStaff('dpo'), await graph.createStaff('marketing')];
  });
  afterAll(() => graph.stop());

  it('takes a chunk of the size the console sends, close to the gateway’s body limit', async () => {
    const started = await graph.request(
      'mutation($input: StartProfileImportInput!) { startProfileImport(input: $input) { id } }',
      {
        input: {
          dryRun: false,
          columns: ['title', 'givenName', 'familyName', 'email', 'phone', 'addressLine1', 'addressLine2', 'city', 'postalCode', 'countryCode', 'department'],
          lawfulBasis: LAWFUL_BASIS,
        },
      },
      { token: supervisor.token },
    );
    expect(started.body.errors).toBeUndefined();
    const line = (index: number) => `${index} ${'Very Long Address Road '.repeat(5)}`.trim();
    const rows = Array.from(
      { length: CONSOLE_CHUNK_ROWS },
      (_, index) =>
        `Dr,Gateway${index},Chunk,gateway.chunk.${index}@example.com,+4477009${String(index).padStart(5, '0')},"${line(index)}","Flat ${line(index)}",Manchester,M1 ${index % 10}AA,GB,Business Travel Operations`,
    );
    const csv = rows.join('\n');
    expect(csv.length).toBeGreaterThan(600_000);
    const appended = await graph.request(
      'mutation($id: ID!, $input: AppendProfileImportRowsInput!) { appendProfileImportRows(id: $id, input: $input) { rowsImported rowsRejected } }',
      { id: started.body.data!.startProfileImport.id, input: { sequence: 0, csv } },
      { token: supervisor.token },
    );
    expect(appended.body.errors).toBeUndefined();
    expect(appended.body.data!.appendProfileImportRows).toEqual({ rowsImported: CONSOLE_CHUNK_ROWS, rowsRejected: 0 });
  });

  it('refuses import to roles without profiles:import', async () => {
    const refused = await graph.request('{ profileImportColumns }', {}, { token: marketing.token });
    expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('lets the data-protection officer export and erase a traveller by the prefixed fields, and nobody else', async () => {
    const { export: exportField, erase: eraseField } = dataSubjectFieldNames('profiles');
    const list = await graph.request('{ profiles(filter: { search: "chunk" }, page: { limit: 1 }) { items { id } } }', {}, { token: supervisor.token });
    const id = list.body.data!.profiles.items[0].id;

    const refused = await graph.request(`query($id: ID!) { ${exportField}(subjectId: $id) { found } }`, { id }, { token: supervisor.token });
    expect(refused.body.errors![0].extensions!.code).toBe('FORBIDDEN');

    const copy = await graph.request(`query($id: ID!) { ${exportField}(subjectId: $id) { found document } }`, { id }, { token: dpo.token });
    expect(copy.body.errors).toBeUndefined();
    expect(JSON.parse(copy.body.data![exportField].document).profile.familyName).toBe('Chunk');

    const erased = await graph.request(`mutation($id: ID!) { ${eraseField}(subjectId: $id) { outcome } }`, { id }, { token: dpo.token });
    expect(erased.body.data![eraseField].outcome).toBe('ERASED');
    const tombstone = await graph.request('query($id: ID!) { profile(id: $id) { status fullName emails { address } } }', { id }, { token: supervisor.token });
    expect(tombstone.body.data!.profile).toEqual({ status: 'ERASED', fullName: 'Erased', emails: [] });
  });

  it('exports the filtered list with the fields the role may read', async () => {
    const query = 'query { exportProfiles(filter: { search: "gateway1" }, format: JSON) { rows fields } }';
    const forMarketing = await graph.request(query, {}, { token: marketing.token });
    expect(forMarketing.body.errors).toBeUndefined();
    expect(forMarketing.body.data!.exportProfiles.fields).not.toContain('dateOfBirth');
    const forSupervisor = await graph.request(query, {}, { token: supervisor.token });
    expect(forSupervisor.body.data!.exportProfiles.fields).toContain('dateOfBirth');
    expect(forSupervisor.body.data!.exportProfiles.rows).toBe(forMarketing.body.data!.exportProfiles.rows);
  });
});
