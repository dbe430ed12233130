import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { profilesModule } from './index';
import { DEMO_TRAVELLERS } from './demo/demo-travellers';

describe('profiles on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wf-profiles-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs the same migrations, seeds the demo once, and serves lists', async () => {
    const env = { DATABASE_URL: '', DATA_DIR: dataDir, DEMO: 'true', FIELD_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}` };
    const agent = staff(['profiles:read', 'profiles.documents:read']);
    const query =
      '{ profiles(filter: { search: "smi" }, page: { limit: 3 }) { total items { familyName passports { number } consents { purpose } travelPreferences { outsideOffer } } } all: profiles { total } }';

    const first = await TestSubgraph.start(profilesModule, env);
    const result = await first.run(agent, query);
    expect(result.errors).toBeUndefined();
    expect(result.data!.all.total).toBe(DEMO_TRAVELLERS);
    expect(result.data!.profiles.items.every((item: { familyName: string }) => item.familyName === 'Smith')).toBe(true);
    expect(
      result.data!.profiles.items.every((item: { consents: { purpose: string }[] }) => item.consents.some((consent) => consent.purpose === 'PROFILE_STORAGE')),
    ).toBe(true);
    await first.stop();

    const second = await TestSubgraph.start(profilesModule, env);
    expect((await second.run(agent, query)).data!.all.total).toBe(DEMO_TRAVELLERS);
    await second.stop();
  });
});
