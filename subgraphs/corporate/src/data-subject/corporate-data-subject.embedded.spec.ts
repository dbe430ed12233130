import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuid7 } from '@wayfarer/kit';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { corporateModule } from '../index';
import { Employment, TravellerType } from '../employment/employment.entity';

const SUPERVISOR = staff(['corporate:read', 'corporate:write']);
const DPO = staff(['data-subject:export', 'data-subject:erase'], ['dpo']);
const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

// SQLite keeps dates and times as text: the erasure's dates and the export's must read the same as on MariaDB.
describe('data-subject rights in corporate on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-corporate-'));
  let graph: TestSubgraph;
  let accountId: string;

  beforeAll(async () => {
    graph = await TestSubgraph.start(corporateModule, { DATABASE_URL: '', DATA_DIR: dataDir });
    const created = await graph.run(SUPERVISOR, 'mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id } }', {
      input: { legalName: 'Medico Labs', departments: [{ code: 'MED', name: 'Medical affairs' }] },
    });
    expect(created.errors).toBeUndefined();
    accountId = created.data!.createCorporateAccount.id;
  });
  afterAll(async () => {
    await graph?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exports the link and erases it to an ended tombstone, once', async () => {
    // Linking asks profiles through the gateway, which this lone subgraph has not got: the link is written as linkTraveller writes it.
    const profileId = uuid7();
    await graph.running.dataSource.getRepository(Employment).insert({
      id: uuid7(),
      profileId,
      accountId,
      departmentCode: 'MED',
      costCentreCode: null,
      employeeId: 'E1021',
      grade: 'DIRECTOR',
      travellerType: TravellerType.CONTRACTOR,
      validFrom: '2025-01-01',
      validTo: null,
      createdAt: new Date(),
      inPolicy: true,
    });
    const travellers = async () =>
      (await graph.run(SUPERVISOR, 'query($id: ID!) { corporateAccount(id: $id) { travellers { items { profile { id } } } } }', { id: accountId })).data!
        .corporateAccount.travellers.items;
    expect(await travellers()).toEqual([{ profile: { id: profileId } }]);

    const exported = await graph.run(DPO, 'query($id: ID!) { corporateDataSubjectExport(subjectId: $id) { found document } }', { id: profileId });
    expect(exported.errors).toBeUndefined();
    expect(JSON.parse(exported.data!.corporateDataSubjectExport.document).employments).toEqual([
      expect.objectContaining({
        employeeId: 'E1021',
        grade: 'DIRECTOR',
        departmentCode: 'MED',
        departmentName: 'Medical affairs',
        validFrom: '2025-01-01',
        validTo: null,
        inPolicy: true,
      }),
    ]);

    const erase = () => graph.run(DPO, 'mutation($id: ID!) { corporateDataSubjectErase(subjectId: $id) { outcome } }', { id: profileId });
    expect((await erase()).data!.corporateDataSubjectErase.outcome).toBe('ERASED');
    expect(await travellers()).toEqual([]);
    const [row] = await graph.running.dataSource.query(
      'SELECT employee_id, grade, department_code, valid_to, in_policy, erased_at FROM employments WHERE profile_id = ?',
      [profileId],
    );
    expect(row).toMatchObject({ employee_id: null, grade: null, department_code: null, valid_to: dayFrom(-1), in_policy: null });
    expect(row.erased_at).not.toBeNull();
    expect(await graph.running.dataSource.query("SELECT subject_id, status FROM outbox WHERE topic = 'account-links'")).toEqual([
      { subject_id: profileId, status: 'PENDING' },
    ]);
    expect((await erase()).data!.corporateDataSubjectErase.outcome).toBe('ALREADY_ERASED');
  });
});
