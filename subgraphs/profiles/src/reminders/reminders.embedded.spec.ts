import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staff } from '@wayfarer/kit/testing';
import { startProfilesSubgraph } from '../testing/profiles-test-subgraph';

describe('reminders, tags and segments on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-upkeep-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('derives them for the demo travellers at start-up and serves every query', async () => {
    const graph = await startProfilesSubgraph({ DATABASE_URL: '', DATA_DIR: dataDir, DEMO: 'true' });
    try {
      const agent = staff(['profiles:read', 'profiles:write', 'profiles.special:read']);
      const result = await graph.run(
        agent,
        `{ passports: reminders(filter: { kind: PASSPORT_EXPIRING }, page: { limit: 2 }) { total nextCursor items { dueOn profile { id } } }
           reminderCounts { kind count }
           segmentCounts { segment count }
           europe: profiles(filter: { segment: "region:europe" }, page: { limit: 2 }) { total items { id segments } } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.passports.items).toHaveLength(2);
      expect(result.data!.reminderCounts.find((row: { kind: string }) => row.kind === 'VERIFICATION_DUE').count).toBeGreaterThan(0);
      expect(result.data!.segmentCounts.length).toBeGreaterThan(3);
      expect(result.data!.europe.items[0].segments).toContain('region:europe');
      const next = await graph.run(
        agent,
        `query($after: String) { reminders(filter: { kind: PASSPORT_EXPIRING }, page: { limit: 2, after: $after }) { items { dueOn } } }`,
        {
          after: result.data!.passports.nextCursor,
        },
      );
      expect(next.data!.reminders.items[0].dueOn >= result.data!.passports.items[1].dueOn).toBe(true);

      const id = result.data!.europe.items[0].id;
      const version = (await graph.run(agent, `query($id: ID!) { profile(id: $id) { version } }`, { id })).data!.profile.version;
      await graph.run(agent, `mutation($id: ID!, $v: Int!) { setProfileTags(id: $id, input: { expectedVersion: $v, tags: ["Skiing"] }) { id } }`, {
        id,
        v: version,
      });
      const tagged = await graph.run(agent, `{ profiles(filter: { tag: "skiing" }) { items { id } } tagCounts { tag count } }`);
      expect(tagged.data).toEqual({ profiles: { items: [{ id }] }, tagCounts: [{ tag: 'Skiing', count: 1 }] });
    } finally {
      await graph.stop();
    }
  });
});
