import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staff } from '@wayfarer/kit/testing';
import { startProfilesSubgraph } from '../testing/profiles-test-subgraph';

describe('duplicates on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-duplicates-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keys seeded travellers, scans, and merges with lineage on SQLite', async () => {
    const graph = await startProfilesSubgraph({ DATABASE_URL: '', DATA_DIR: dataDir, DEMO: 'true' });
    try {
      const supervisor = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles:merge']);
      const create = `mutation($e: String!) { createProfile(input: { givenName: "Mei", familyName: "陈", emails: [{ address: $e }], lawfulBasis: { legalBasis: CONTRACT, noticeVersion: "2026-01", channel: WEB } }) { id version } }`;
      const a = (await graph.run(supervisor, create, { e: 'mei@example.cn' })).data!.createProfile;
      const b = (await graph.run(supervisor, create, { e: 'MEI@example.cn' })).data!.createProfile;

      const scan = await graph.run(supervisor, 'mutation { scanForDuplicates { profilesKeyed candidates } }');
      expect(scan.errors).toBeUndefined();
      expect(scan.data!.scanForDuplicates.profilesKeyed).toBeGreaterThan(0);
      const queue = await graph.run(supervisor, `query($id: ID!) { duplicateCandidates(filter: { profileId: $id }) { items { reasons score } } }`, {
        id: a.id,
      });
      expect(queue.data!.duplicateCandidates.items).toEqual([{ reasons: ['EMAIL'], score: 60 }]);

      const merged = await graph.run(supervisor, `mutation($i: MergeProfilesInput!) { mergeProfiles(input: $i) { id mergedFrom } }`, {
        i: { survivorId: a.id, mergedId: b.id, survivorVersion: a.version, mergedVersion: b.version, fieldChoices: [{ field: 'EMAILS', from: 'MERGED' }] },
      });
      expect(merged.errors).toBeUndefined();
      expect((await graph.run(supervisor, `query($id: ID!) { profile(id: $id) { id } }`, { id: b.id })).data!.profile).toEqual({ id: a.id });
    } finally {
      await graph.stop();
    }
  });
});
