import { staff, TestSubgraph } from '@wayfarer/kit/testing';
import { grantSpecialCategoryConsent, startProfilesSubgraph, STORAGE_BASIS } from '../testing/profiles-test-subgraph';

const AGENT = staff(['profiles:read', 'profiles:write', 'profiles.personal:read', 'profiles.documents:read', 'profiles.documents:write'], ['agent']);
const SUPERVISOR = staff([...AGENT.scopes, 'profiles:merge'], ['supervisor'], '0190f0b2-0000-7000-8000-000000000009');
const SPECIAL = ['profiles.special:read', 'profiles.special:write'];
const SUPERVISOR_WITH_SPECIAL = staff([...SUPERVISOR.scopes, ...SPECIAL], ['supervisor'], SUPERVISOR.id);

const CREATE = `mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version passports { id } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProfileInput!) { updateProfile(id: $id, input: $input) { id version } }`;
const SCAN = `mutation { scanForDuplicates { profilesKeyed blocks oversizedBlocks pairsCompared candidates closed durationMs } }`;
const QUEUE = `query($filter: DuplicateCandidateFilter, $sort: DuplicateCandidateSort, $page: PageInput) {
  duplicateCandidates(filter: $filter, sort: $sort, page: $page) { total items { id leftId rightId score reasons nameSimilarity status decidedBy left { id status } right { id } } }
}`;
const DISMISS = `mutation($id: ID!) { dismissDuplicateCandidate(id: $id) { id status decidedBy } }`;
const MERGE = `mutation($input: MergeProfilesInput!) { mergeProfiles(input: $input) { id version givenName familyName dateOfBirth emails { address } phones { number } mergedFrom passports { numberMasked } } }`;
const READ = `query($id: ID!) { profile(id: $id) { id givenName status mergedFrom passports { numberMasked } } }`;

let sequence = 0;
const traveller = (overrides: Record<string, unknown> = {}) => ({
  givenName: 'Ingrid',
  familyName: `Unique${++sequence}`,
  lawfulBasis: STORAGE_BASIS,
  ...overrides,
});

describe('duplicates and merge', () => {
  let graph: TestSubgraph;
  beforeAll(async () => {
    graph = await startProfilesSubgraph();
  });
  afterAll(() => graph.stop());

  const create = async (overrides: Record<string, unknown> = {}) => {
    const result = await graph.run(AGENT, CREATE, { input: traveller(overrides) });
    expect(result.errors).toBeUndefined();
    return result.data!.createProfile as { id: string; version: number; passports: { id: string }[] };
  };
  const keysOf = async (id: string) =>
    (await graph.running.dataSource.query('SELECT kind, `key` FROM profile_match_keys WHERE profile_id = ? ORDER BY kind, `key`', [id])).map(
      (row: { kind: string; key: string }) => `${row.kind}:${row.key}`,
    );
  const scan = async () => {
    const result = await graph.run(SUPERVISOR, SCAN);
    expect(result.errors).toBeUndefined();
    return result.data!.scanForDuplicates;
  };
  const pairOf = async (a: string, b: string) => {
    const result = await graph.run(AGENT, QUEUE, { filter: { profileId: a }, page: { limit: 200 } });
    expect(result.errors).toBeUndefined();
    return result.data!.duplicateCandidates.items.find(
      (item: { leftId: string; rightId: string }) => [item.leftId, item.rightId].sort().join() === [a, b].sort().join(),
    );
  };

  it('keeps blocking keys in step with every write, with document numbers only as keyed hashes', async () => {
    const created = await create({
      givenName: 'Zoë',
      familyName: 'Núñez',
      dateOfBirth: '1984-03-02',
      emails: [{ address: 'Zoe.Nunez@Example.com' }],
      phones: [{ number: '+447700900123' }],
      passports: [{ number: 'X1234567', issuingCountry: 'GB', expiryDate: '2031-05-01' }],
    });
    const keys = await keysOf(created.id);
    expect(keys).toEqual(
      expect.arrayContaining(['EMAIL:zoe.nunez@example.com', 'NAME_DOB:1984-03-02|nunez', 'NAME_DOB:1984-03-02|zoe', 'PHONE:+447700900123']),
    );
    expect(keys.filter((key: string) => key.startsWith('DOCUMENT:'))).toHaveLength(1);
    const everything = JSON.stringify(await graph.running.dataSource.query('SELECT * FROM profile_match_keys'));
    expect(everything).not.toMatch(/1234567/);

    await graph.run(AGENT, UPDATE, { id: created.id, input: { expectedVersion: 1, emails: [{ address: 'zoe@example.org' }], passports: [] } });
    const after = await keysOf(created.id);
    expect(after).toContain('EMAIL:zoe@example.org');
    expect(after).not.toContain('EMAIL:zoe.nunez@example.com');
    expect(after.filter((key: string) => key.startsWith('DOCUMENT:'))).toHaveLength(0);
  });

  it('keys visas and vaccination certificates by keyed hash, compared only with documents of their own kind', async () => {
    const visa = { number: 'V55566677', country: 'US', entryType: 'MULTIPLE', validFrom: '2025-01-01', validUntil: '2035-01-01', authorisedStayDays: 90 };
    const a = await create();
    const b = await create();
    for (const profile of [a, b]) {
      const result = await graph.run(AGENT, `mutation($id: ID!, $input: SetVisasInput!) { setVisas(profileId: $id, input: $input) { version } }`, {
        id: profile.id,
        input: { expectedVersion: profile.version, visas: [visa] },
      });
      expect(result.errors).toBeUndefined();
    }
    expect((await keysOf(a.id)).filter((key: string) => key.startsWith('DOCUMENT:visas:'))).toHaveLength(1);
    expect(JSON.stringify(await graph.running.dataSource.query('SELECT * FROM profile_match_keys WHERE profile_id = ?', [a.id]))).not.toMatch(/55566677/);
    await scan();
    expect(await pairOf(a.id, b.id)).toMatchObject({ reasons: ['DOCUMENT'], score: 90 });
  });

  it('finds pairs by name and date of birth (diacritics, native script), e-mail, phone and document, and scores them', async () => {
    const accented = await create({ givenName: 'Björn', familyName: 'Åström', dateOfBirth: '1975-06-15' });
    const plain = await create({ givenName: 'Bjorn', familyName: 'Astrom', dateOfBirth: '1975-06-15' });
    const native = await create({ givenName: '小明', familyName: '王', dateOfBirth: '1990-01-20' });
    const nativeAgain = await create({ givenName: '小明', familyName: '王', dateOfBirth: '1990-01-20', middleName: null });
    const sameDayOtherPerson = await create({ givenName: 'Bruno', familyName: 'Åström', dateOfBirth: '1975-06-15' });
    const mailA = await create({ emails: [{ address: 'shared.mail@example.com' }] });
    const mailB = await create({ emails: [{ address: 'Shared.Mail@example.com', type: 'WORK' }] });
    const phoneA = await create({ phones: [{ number: '+4915112345678' }] });
    const phoneB = await create({ phones: [{ number: '+4915112345678' }] });
    const documentA = await create({ passports: [{ number: 'P9988776', issuingCountry: 'DE', expiryDate: '2032-01-01' }] });
    const documentB = await create({ passports: [{ number: 'p9988776', issuingCountry: 'DE', expiryDate: '2032-01-01' }] });

    const result = await scan();
    expect(result.candidates).toBeGreaterThanOrEqual(5);

    expect(await pairOf(accented.id, plain.id)).toMatchObject({ reasons: ['NAME_DOB'], nameSimilarity: 100, score: 70, status: 'OPEN' });
    expect(await pairOf(native.id, nativeAgain.id)).toMatchObject({ reasons: ['NAME_DOB'], nameSimilarity: 100 });
    expect(await pairOf(accented.id, sameDayOtherPerson.id)).toBeUndefined();
    expect(await pairOf(mailA.id, mailB.id)).toMatchObject({ reasons: ['EMAIL'], score: 60 });
    expect(await pairOf(phoneA.id, phoneB.id)).toMatchObject({ reasons: ['PHONE'], score: 40 });
    expect(await pairOf(documentA.id, documentB.id)).toMatchObject({ reasons: ['DOCUMENT'], score: 90 });

    const stored = JSON.stringify(await graph.running.dataSource.query('SELECT * FROM duplicate_candidates'));
    expect(stored).not.toMatch(/9988776/);
  });

  it('pairs two romanisations of one name in native script on the same date of birth', async () => {
    const mandarin = await create({ givenName: 'Xiaoming', familyName: 'Wang', nativeName: '王小明', dateOfBirth: '1979-09-09' });
    const cantonese = await create({ givenName: 'Siu Ming', familyName: 'Wong', nativeName: '王小明', dateOfBirth: '1979-09-09' });
    const otherDay = await create({ givenName: 'Siu Ming', familyName: 'Wong', nativeName: '王小明', dateOfBirth: '1979-09-10' });
    expect(await keysOf(mandarin.id)).toContain('NAME_DOB:1979-09-09|王小明');
    await scan();
    expect(await pairOf(mandarin.id, cantonese.id)).toMatchObject({ reasons: ['NAME_DOB'], nameSimilarity: 100, score: 70 });
    expect(await pairOf(mandarin.id, otherDay.id)).toBeUndefined();
  });

  it('tolerates a typo in the name and combines evidence into one higher score', async () => {
    const a = await create({ givenName: 'Siobhán', familyName: 'Byrne', dateOfBirth: '1988-11-30', phones: [{ number: '+353871234567' }] });
    const b = await create({ givenName: 'Siobhan', familyName: 'Byrnes', dateOfBirth: '1988-11-30', phones: [{ number: '+353871234567' }] });
    await scan();
    const pair = await pairOf(a.id, b.id);
    expect(pair.reasons).toEqual(['NAME_DOB', 'PHONE']);
    expect(pair.nameSimilarity).toBeGreaterThanOrEqual(80);
    expect(pair.score).toBe(80);
  });

  it('lists the queue by score, keeps a dismissed pair dismissed, and drops pairs no longer found', async () => {
    const a = await create({ emails: [{ address: 'dismiss.me@example.com' }] });
    const b = await create({ emails: [{ address: 'dismiss.me@example.com' }] });
    const c = await create({ phones: [{ number: '+33612345678' }] });
    const d = await create({ phones: [{ number: '+33612345678' }] });
    await scan();
    const queue = await graph.run(AGENT, QUEUE, { filter: { status: 'OPEN' }, page: { limit: 200 } });
    const scores = queue.data!.duplicateCandidates.items.map((item: { score: number }) => item.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));

    const pair = await pairOf(a.id, b.id);
    const forbidden = await graph.run(AGENT, DISMISS, { id: pair.id });
    expect(forbidden.errors![0].extensions!.code).toBe('FORBIDDEN');
    const dismissed = await graph.run(SUPERVISOR, DISMISS, { id: pair.id });
    expect(dismissed.data!.dismissDuplicateCandidate).toEqual({ id: pair.id, status: 'DISMISSED', decidedBy: SUPERVISOR.id });
    expect((await graph.run(SUPERVISOR, DISMISS, { id: pair.id })).errors![0].extensions!.code).toBe('CONFLICT');

    await graph.run(AGENT, UPDATE, { id: d.id, input: { expectedVersion: d.version, phones: [{ number: '+33699999999' }] } });
    const second = await scan();
    expect(second.closed).toBeGreaterThanOrEqual(1);
    expect(await pairOf(a.id, b.id)).toMatchObject({ id: pair.id, status: 'DISMISSED' });
    expect(await pairOf(c.id, d.id)).toBeUndefined();
  });

  it('keys profiles written around the subgraph on the next scan', async () => {
    const a = await create({ emails: [{ address: 'bulk.loaded@example.com' }] });
    const b = await create({ emails: [{ address: 'bulk.loaded@example.com' }] });
    await graph.running.dataSource.query('DELETE FROM profile_match_keys WHERE profile_id IN (?, ?)', [a.id, b.id]);
    const result = await scan();
    expect(result.profilesKeyed).toBeGreaterThanOrEqual(2);
    expect(await pairOf(a.id, b.id)).toMatchObject({ reasons: ['EMAIL'] });
  });

  describe('merge', () => {
    const pairToMerge = async () => {
      const survivor = await create({
        givenName: 'Amelia',
        familyName: 'Walker',
        dateOfBirth: '1970-02-03',
        emails: [{ address: 'amelia.walker@example.com' }],
        passports: [{ number: 'S1112223', issuingCountry: 'GB', expiryDate: '2030-01-01' }],
      });
      const merged = await create({
        givenName: 'Amélia',
        familyName: 'Walker',
        dateOfBirth: '1970-02-04',
        emails: [{ address: 'a.walker@example.org' }],
        phones: [{ number: '+447700900555' }],
        passports: [{ number: 'M4445556', issuingCountry: 'FR', expiryDate: '2031-01-01' }],
      });
      return { survivor, merged };
    };
    const input = (survivor: { id: string; version: number }, merged: { id: string; version: number }, fieldChoices: unknown[] = []) => ({
      survivorId: survivor.id,
      mergedId: merged.id,
      survivorVersion: survivor.version,
      mergedVersion: merged.version,
      fieldChoices,
    });

    it('takes the chosen fields, moves passports, and leaves the merged id resolving to the survivor', async () => {
      const { survivor, merged } = await pairToMerge();
      const result = await graph.run(SUPERVISOR, MERGE, {
        input: input(survivor, merged, [
          { field: 'DATE_OF_BIRTH', from: 'MERGED' },
          { field: 'PHONES', from: 'MERGED' },
          { field: 'EMAILS', from: 'SURVIVOR' },
        ]),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.mergeProfiles).toMatchObject({
        id: survivor.id,
        version: 2,
        givenName: 'Amelia',
        dateOfBirth: '1970-02-04',
        emails: [{ address: 'amelia.walker@example.com' }],
        phones: [{ number: '+447700900555' }],
        mergedFrom: [merged.id],
      });
      expect(result.data!.mergeProfiles.passports.map((passport: { numberMasked: string }) => passport.numberMasked).sort()).toEqual(
        ['•••223', '•••556'].sort(),
      );

      const read = await graph.run(AGENT, READ, { id: merged.id });
      expect(read.data!.profile).toMatchObject({ id: survivor.id, status: 'ACTIVE', mergedFrom: [merged.id] });

      const [row] = await graph.running.dataSource.query('SELECT status, merged_into FROM profiles WHERE id = ?', [merged.id]);
      expect(row).toEqual({ status: 'MERGED', merged_into: survivor.id });
      const [lineage] = await graph.running.dataSource.query('SELECT survivor_id, merged_by, field_choices FROM profile_merges WHERE merged_id = ?', [
        merged.id,
      ]);
      expect(lineage).toMatchObject({ survivor_id: survivor.id, merged_by: SUPERVISOR.id });
      expect(JSON.parse(lineage.field_choices)).toContainEqual({ field: 'dateOfBirth', from: 'MERGED' });

      expect(await keysOf(merged.id)).toEqual([]);
      expect(await keysOf(survivor.id)).toContain('PHONE:+447700900555');
      expect((await keysOf(survivor.id)).filter((key: string) => key.startsWith('DOCUMENT:'))).toHaveLength(2);

      const history = await graph.run(
        AGENT,
        `query($id: ID!) { profile(id: $id) { history(page: { limit: 100 }) { items { operation subjectType field } } } }`,
        { id: survivor.id },
      );
      expect(history.data!.profile.history.items).toEqual(
        expect.arrayContaining([{ operation: 'mergeProfiles', subjectType: 'ProfileMerge', field: 'mergedId' }]),
      );
      const [mergedHistory] = await graph.running.dataSource.query(
        "SELECT COUNT(*) AS n FROM profile_changes WHERE profile_id = ? AND operation = 'mergeProfiles' AND field = 'status'",
        [merged.id],
      );
      expect(Number(mergedHistory.n)).toBe(1);

      const list = await graph.run(
        AGENT,
        `query { all: profiles(page: { limit: 200 }) { items { id } } merged: profiles(filter: { status: MERGED }) { items { id mergedInto } } }`,
      );
      expect(list.data!.all.items.map((item: { id: string }) => item.id)).not.toContain(merged.id);
      expect(list.data!.merged.items).toContainEqual({ id: merged.id, mergedInto: survivor.id });
    });

    describe('with the newer fields', () => {
      const NEWER = `mutation($input: MergeProfilesInput!) {
        mergeProfiles(input: $input) {
          id version nativeName preferredLanguage nationalities vip vipNote specialNeeds tags
          emails { address isDefault } emergencyContacts { name phone } consents { purpose active }
        }
      }`;
      const HISTORY = `query($id: ID!) { profile(id: $id) { history(page: { limit: 100 }) { items { operation field oldValue newValue } } } }`;
      const run = async (query: string, variables: Record<string, unknown>, principal = SUPERVISOR_WITH_SPECIAL) => {
        const result = await graph.run(principal, query, variables);
        expect(result.errors).toBeUndefined();
        return result.data!;
      };
      /** Survivor: British, golfer, no flags. The other: French and British, VIP with special needs under consent, wine club. */
      const pairWithNewerFields = async () => {
        const survivor = await create({
          emails: [{ address: 'kept@example.com' }],
          preferredLanguage: 'en-GB',
          emergencyContacts: [{ name: 'Sam', phone: '+447700900111' }],
        });
        const merged = await create({
          emails: [{ address: 'other@example.com', isDefault: true }],
          nativeName: '英格丽',
          preferredLanguage: 'zh-CN',
          emergencyContacts: [
            { name: 'Sam', phone: '+447700900111' },
            { name: 'Li', phone: '+8613800138000' },
          ],
        });
        let version = (
          await run(`mutation($id: ID!) { setNationalities(profileId: $id, input: { expectedVersion: 1, nationalities: ["GB"] }) { version } }`, {
            id: survivor.id,
          })
        ).setNationalities.version;
        version = (
          await run(`mutation($id: ID!, $v: Int!) { setProfileTags(id: $id, input: { expectedVersion: $v, tags: ["Golf"] }) { version } }`, {
            id: survivor.id,
            v: version,
          })
        ).setProfileTags.version;
        let other = (
          await run(`mutation($id: ID!) { setNationalities(profileId: $id, input: { expectedVersion: 1, nationalities: ["FR", "GB"] }) { version } }`, {
            id: merged.id,
          })
        ).setNationalities.version;
        other = (
          await run(`mutation($id: ID!, $v: Int!) { setProfileTags(id: $id, input: { expectedVersion: $v, tags: ["Wine club", "golf"] }) { version } }`, {
            id: merged.id,
            v: other,
          })
        ).setProfileTags.version;
        other = (await grantSpecialCategoryConsent(graph, SUPERVISOR_WITH_SPECIAL, merged.id, other)).version;
        other = (
          await run(
            `mutation($id: ID!, $v: Int!) { setProfileFlags(id: $id, input: { expectedVersion: $v, vip: true, vipNote: "Board member", specialNeeds: true }) { version } }`,
            {
              id: merged.id,
              v: other,
            },
          )
        ).setProfileFlags.version;
        return { survivor: { id: survivor.id, version }, merged: { id: merged.id, version: other } };
      };

      it('takes native name, language, emergency contacts, nationalities, VIP, special needs and tags from the side chosen, combines lists with BOTH, and records it in history', async () => {
        const { survivor, merged } = await pairWithNewerFields();
        const result = await run(NEWER, {
          input: input(survivor, merged, [
            { field: 'NATIONALITIES', from: 'BOTH' },
            { field: 'VIP', from: 'MERGED' },
            { field: 'SPECIAL_NEEDS', from: 'MERGED' },
            { field: 'EMAILS', from: 'BOTH' },
            { field: 'NATIVE_NAME', from: 'MERGED' },
            { field: 'PREFERRED_LANGUAGE', from: 'SURVIVOR' },
            { field: 'EMERGENCY_CONTACTS', from: 'BOTH' },
          ]),
        });
        expect(result.mergeProfiles).toMatchObject({
          id: survivor.id,
          nativeName: '英格丽',
          preferredLanguage: 'en-GB',
          emergencyContacts: [
            { name: 'Sam', phone: '+447700900111' },
            { name: 'Li', phone: '+8613800138000' },
          ],
          nationalities: ['GB', 'FR'],
          vip: true,
          vipNote: 'Board member',
          specialNeeds: true,
          tags: ['Golf', 'Wine club'],
          emails: [
            { address: 'kept@example.com', isDefault: true },
            { address: 'other@example.com', isDefault: false },
          ],
        });
        expect(result.mergeProfiles.consents).toContainEqual({ purpose: 'SPECIAL_CATEGORY', active: true });
        const history = (await run(HISTORY, { id: survivor.id })).profile.history.items.filter(
          (item: { operation: string }) => item.operation === 'mergeProfiles',
        );
        expect(history).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ field: 'nationalities', newValue: '[redacted]' }),
            expect.objectContaining({ field: 'vip', oldValue: 'false', newValue: 'true' }),
            expect.objectContaining({ field: 'specialNeeds', newValue: '[redacted]' }),
            expect.objectContaining({ field: 'tags', oldValue: '["Golf"]', newValue: '["Golf","Wine club"]' }),
            expect.objectContaining({ field: 'nativeName', oldValue: null, newValue: '"英格丽"' }),
          ]),
        );
        const segments = (await run(`query($id: ID!) { profile(id: $id) { segments } }`, { id: survivor.id })).profile.segments;
        expect(segments).toEqual(expect.arrayContaining(['vip', 'special-needs']));
      });

      it('keeps one side’s tags when chosen, and the survivor’s flags and nationalities by default', async () => {
        const { survivor, merged } = await pairWithNewerFields();
        const result = await run(NEWER, { input: input(survivor, merged, [{ field: 'TAGS', from: 'MERGED' }]) });
        expect(result.mergeProfiles).toMatchObject({ nationalities: ['GB'], vip: false, vipNote: null, specialNeeds: false, tags: ['golf', 'Wine club'] });
      });

      it('refuses BOTH for a single value, lists that would not fit, and choices the role may not make', async () => {
        const { survivor, merged } = await pairWithNewerFields();
        const both = await graph.run(SUPERVISOR_WITH_SPECIAL, NEWER, { input: input(survivor, merged, [{ field: 'VIP', from: 'BOTH' }]) });
        expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.fieldChoices.0.from', rule: 'isList' }] });
        const special = await graph.run(SUPERVISOR, MERGE, { input: input(survivor, merged, [{ field: 'SPECIAL_NEEDS', from: 'MERGED' }]) });
        expect(special.errors![0].extensions!.code).toBe('FORBIDDEN');
        const documentsScope = staff(
          SUPERVISOR.scopes.filter((scope) => scope !== 'profiles.documents:write'),
          ['supervisor'],
          SUPERVISOR.id,
        );
        const nationalities = await graph.run(documentsScope, MERGE, { input: input(survivor, merged, [{ field: 'NATIONALITIES', from: 'BOTH' }]) });
        expect(nationalities.errors![0].extensions!.code).toBe('FORBIDDEN');

        const many = (prefix: string) => Array.from({ length: 6 }, (_, index) => ({ address: `${prefix}${index}@example.com` }));
        await run(UPDATE, { id: survivor.id, input: { expectedVersion: survivor.version, emails: many('a') } });
        await run(UPDATE, { id: merged.id, input: { expectedVersion: merged.version, emails: many('b') } });
        const overflow = await graph.run(SUPERVISOR_WITH_SPECIAL, NEWER, {
          input: input({ id: survivor.id, version: survivor.version + 1 }, { id: merged.id, version: merged.version + 1 }, [{ field: 'EMAILS', from: 'BOTH' }]),
        });
        expect(overflow.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          violations: [{ field: 'input.fieldChoices.0.from', rule: 'arrayMaxSize' }],
        });
        const [row] = await graph.running.dataSource.query('SELECT status, version FROM profiles WHERE id = ?', [merged.id]);
        expect(row).toEqual({ status: 'ACTIVE', version: merged.version + 1 });
      });
    });

    it('resolves merged ids in _entities in one batch with one extra query, and follows earlier merges', async () => {
      const first = await pairToMerge();
      await graph.run(SUPERVISOR, MERGE, { input: input(first.survivor, first.merged) });
      const third = await create({ givenName: 'Amelia', familyName: 'Walker-Jones' });
      const chained = await graph.run(SUPERVISOR, MERGE, { input: input(third, { id: first.survivor.id, version: 2 }) });
      expect(chained.errors).toBeUndefined();
      expect(chained.data!.mergeProfiles.mergedFrom.sort()).toEqual([first.merged.id, first.survivor.id].sort());

      const plain = await create();
      const representations = [first.merged.id, first.survivor.id, plain.id, third.id].map((id) => ({ __typename: 'Profile', id }));
      await graph.running.audit.flush();
      const before = await statements();
      const result = await graph.run(AGENT, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Profile { id } } }`, { r: representations });
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities.map((entity: { id: string }) => entity.id)).toEqual([third.id, third.id, plain.id, third.id]);
      expect((await statements()) - before).toBeLessThanOrEqual(2);
    });

    it('refuses stale versions with CONFLICT and writes nothing', async () => {
      const { survivor, merged } = await pairToMerge();
      await graph.run(AGENT, UPDATE, { id: merged.id, input: { expectedVersion: 1, department: 'Sales' } });
      const stale = await graph.run(SUPERVISOR, MERGE, { input: input(survivor, merged, [{ field: 'PHONES', from: 'MERGED' }]) });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', id: merged.id, expectedVersion: 1, currentVersion: 2 });
      const staleSurvivor = await graph.run(SUPERVISOR, MERGE, {
        input: input({ id: survivor.id, version: 7 }, { id: merged.id, version: 2 }, [{ field: 'PHONES', from: 'MERGED' }]),
      });
      expect(staleSurvivor.errors![0].extensions).toMatchObject({ code: 'CONFLICT', id: survivor.id });

      const rows = await graph.running.dataSource.query('SELECT id, status, version, phones FROM profiles WHERE id IN (?, ?) ORDER BY id', [
        survivor.id,
        merged.id,
      ]);
      expect(rows.map((row: { status: string }) => row.status)).toEqual(['ACTIVE', 'ACTIVE']);
      expect(rows.find((row: { id: string }) => row.id === survivor.id)).toMatchObject({ version: 1, phones: '[]' });
      const passports = await graph.running.dataSource.query('SELECT profile_id FROM passports WHERE profile_id IN (?, ?)', [survivor.id, merged.id]);
      expect(passports.map((row: { profile_id: string }) => row.profile_id).sort()).toEqual([survivor.id, merged.id].sort());
      const lineage = await graph.running.dataSource.query('SELECT id FROM profile_merges WHERE merged_id = ?', [merged.id]);
      expect(lineage).toHaveLength(0);
      expect(await keysOf(merged.id)).not.toEqual([]);
    });

    it('names the rule when merging a profile into itself or choosing a field twice, and needs profiles:merge as staff', async () => {
      const { survivor, merged } = await pairToMerge();
      const self = await graph.run(SUPERVISOR, MERGE, { input: input(survivor, survivor) });
      expect(self.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.mergedId', rule: 'notSurvivor' }] });
      const twice = await graph.run(SUPERVISOR, MERGE, {
        input: input(survivor, merged, [
          { field: 'EMAILS', from: 'MERGED' },
          { field: 'EMAILS', from: 'SURVIVOR' },
        ]),
      });
      expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'input.fieldChoices.1.field', rule: 'unique' }] });
      const agent = await graph.run(AGENT, MERGE, { input: input(survivor, merged) });
      expect(agent.errors![0].extensions!.code).toBe('FORBIDDEN');
      const partner = { id: 'partner-1', kind: 'partner' as const, roles: [], scopes: ['profiles:read', 'profiles:merge'], accountIds: [], client: 'hr' };
      expect((await graph.run(partner, MERGE, { input: input(survivor, merged) })).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await graph.run(partner, SCAN)).errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it('marks the merged pair MERGED in the queue and refuses changes to the merged profile', async () => {
      const { survivor, merged } = await pairToMerge();
      await graph.run(AGENT, UPDATE, { id: merged.id, input: { expectedVersion: 1, emails: [{ address: 'amelia.walker@example.com' }] } });
      await scan();
      const pair = await pairOf(survivor.id, merged.id);
      expect(pair.status).toBe('OPEN');
      await graph.run(SUPERVISOR, MERGE, { input: input(survivor, { id: merged.id, version: 2 }) });
      expect(await pairOf(survivor.id, merged.id)).toMatchObject({
        id: pair.id,
        status: 'MERGED',
        decidedBy: SUPERVISOR.id,
        left: { status: expect.any(String) },
      });
      const update = await graph.run(AGENT, UPDATE, { id: merged.id, input: { expectedVersion: 3, department: 'Sales' } });
      expect(update.errors![0].extensions).toMatchObject({ code: 'CONFLICT', mergedInto: survivor.id });
    });
  });

  const statements = async () => ((await (await fetch(graph.running.url.replace('/graphql', '/metrics'))).json()) as { sqlStatements: number }).sqlStatements;
});
