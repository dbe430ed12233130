import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staff } from '@wayfarer/kit/testing';
import { startProfilesSubgraph } from '../testing/profiles-test-subgraph';

describe('travel documents on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-documents-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stores documents and finds travellers by document number and phone', async () => {
    const graph = await startProfilesSubgraph({ DATABASE_URL: '', DATA_DIR: dataDir });
    try {
      const agent = staff(['profiles:read', 'profiles:write', 'profiles.documents:read', 'profiles.documents:write']);
      const created = await graph.run(
        agent,
        `mutation { createProfile(input: { givenName: "Embe", familyName: "Dded", phones: [{ number: "+33612345678" }], lawfulBasis: { legalBasis: CONTRACT, noticeVersion: "2026-01", channel: WEB } }) { id } }`,
      );
      const id = created.data!.createProfile.id;
      const set = await graph.run(
        agent,
        `mutation($id: ID!) { setTravelInsurance(profileId: $id, input: { expectedVersion: 1, travelInsurance: [{ number: "EMB123456", insurer: "AXA", coverFrom: "2025-01-01", coverUntil: "2099-01-01" }] }) { nationalities travelInsurance { number } } }`,
        { id },
      );
      expect(set.data!.setTravelInsurance).toEqual({ nationalities: [], travelInsurance: [{ number: 'EMB123456' }] });
      const search = `query($filter: ProfileFilter) { profiles(filter: $filter) { total items { id } } }`;
      expect((await graph.run(agent, search, { filter: { documentNumber: 'emb123456' } })).data!.profiles).toEqual({ total: 1, items: [{ id }] });
      expect((await graph.run(agent, search, { filter: { phone: '+33612345678' } })).data!.profiles).toEqual({ total: 1, items: [{ id }] });
    } finally {
      await graph.stop();
    }
  });
});
