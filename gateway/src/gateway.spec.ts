import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { request as httpRequest } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { createServiceToken } from '@wayfarer/kit';
import { recordingRelay, TestGateway, TestGraph, TestStaff } from './testing';

const API_KEY_CACHE_TTL_MS = 300;
const SESSION_CHECK_TTL_MS = 300;

const listen = (server: Server) => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

describe('gateway', () => {
  let graph: TestGraph;
  let agent: TestStaff;
  let marketing: TestStaff;
  let profileId: string;
  const consoleDir = mkdtempSync(join(tmpdir(), 'wayfarer-console-'));

  beforeAll(async () => {
    mkdirSync(join(consoleDir, 'assets'));
    writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>Wayfarer</title>');
    writeFileSync(join(consoleDir, 'assets', 'index-Bx1dK9aQ.js'), 'console.log("wayfarer")');
    writeFileSync(join(consoleDir, 'assets', 'index-Bx1dK9aQ.js.br'), brotliCompressSync('console.log("wayfarer")'));
    writeFileSync(join(consoleDir, 'assets', 'index-Bx1dK9aQ.js.gz'), gzipSync('console.log("wayfarer")'));
    graph = await TestGraph.start({
      gatewayEnv: {
        API_KEY_CACHE_TTL_MS: String(API_KEY_CACHE_TTL_MS),
        SESSION_CHECK_TTL_MS: String(SESSION_CHECK_TTL_MS),
        MAX_DEPTH: '3',
        ADMIN_DIST: consoleDir,
      },
    });
    [agent, marketing] = await Promise.all([graph.createStaff('agent'), graph.createStaff('marketing')]);
    const created = await graph.request(
      `mutation Create($input: CreateProfileInput!) { createProfile(input: $input) { id } }`,
      {
        input: {
          givenName: 'Ada',
          familyName: 'Lovelace',
          dateOfBirth: '1985-12-10',
          passports: [{ number: '123456789', issuingCountry: 'GB', expiryDate: '2031-01-01' }],
          lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' },
        },
      },
      { token: agent.token },
    );
    expect(created.body.errors).toBeUndefined();
    profileId = created.body.data!.createProfile.id;
  });

  afterAll(() => graph?.stop());

  describe('who is asking', () => {
    it('lets anyone sign in and knows the staff member by the session token', async () => {
      const signedIn = await graph.signIn(agent.username, agent.password);
      expect(signedIn.status).toBe(200);
      const me = await graph.request('{ me { id username } }', {}, { token: signedIn.body.data!.signIn.token });
      expect(me.body).toEqual({ data: { me: { id: agent.id, username: agent.username } } });
    });

    it('ends a session soon after its staff member is deactivated or given other roles', async () => {
      const admin = await graph.sessionToken({ roles: ['admin'], scopes: ['access:admin'] });
      const [leaving, moving] = await Promise.all([graph.createStaff('agent'), graph.createStaff('agent')]);
      const versionOf = async (id: string) =>
        (await graph.request('query($id: ID!) { staffMember(id: $id) { version } }', { id }, { token: admin })).body.data!.staffMember.version;
      for (const staff of [leaving, moving]) expect((await graph.request('{ me { id } }', {}, { token: staff.token })).body.data?.me).toEqual({ id: staff.id });

      const update = 'mutation($id: ID!, $input: UpdateStaffMemberInput!) { updateStaffMember(id: $id, input: $input) { id } }';
      await graph.request(update, { id: leaving.id, input: { expectedVersion: await versionOf(leaving.id), active: false } }, { token: admin });
      await graph.request(update, { id: moving.id, input: { expectedVersion: await versionOf(moving.id), roles: ['marketing'] } }, { token: admin });
      await new Promise((resolve) => setTimeout(resolve, SESSION_CHECK_TTL_MS + 50));

      for (const staff of [leaving, moving]) {
        const answer = await graph.request('{ me { id } }', {}, { token: staff.token });
        expect([answer.status, answer.body.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
      const again = await graph.signIn(moving.username, moving.password);
      const fresh = await graph.request('{ me { id roles } }', {}, { token: again.body.data!.signIn.token });
      expect(fresh.body.data?.me).toEqual({ id: moving.id, roles: ['marketing'] });
    });

    it('asks an anonymous caller to sign in for protected fields', async () => {
      const answer = await graph.request('{ me { id } }');
      expect(answer.status).toBe(200);
      expect(answer.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a bad or expired session token for the whole request', async () => {
      const forged = await graph.request('{ me { id } }', {}, { token: `${agent.token.slice(0, -4)}AAAA` });
      expect(forged.status).toBe(401);
      expect(forged.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const expired = await graph.request('{ me { id } }', {}, { token: await graph.sessionToken({ scopes: [], expiresInSeconds: -10 }) });
      expect(expired.status).toBe(401);
      const notBearer = await graph.request('{ me { id } }', {}, { headers: { authorization: 'Basic YTpi' } });
      expect(notBearer.status).toBe(401);
    });

    it('serves a partner by API key until the key is revoked', async () => {
      const admin = await graph.sessionToken({ roles: ['admin'], scopes: ['access:admin'] });
      const issued = await graph.request(
        'mutation Issue($input: CreatePartnerClientInput!) { createPartnerClient(input: $input) { apiKey partnerClient { id } } }',
        { input: { name: 'booking-engine', scopes: ['profiles:read'], accountIds: ['01a20000-0000-7000-8000-000000000001'] } },
        { token: admin },
      );
      const { apiKey, partnerClient } = issued.body.data!.createPartnerClient;

      const before = await graph.request('{ roles { name } }', {}, { apiKey });
      expect(before.status).toBe(200);
      expect(before.body.errors).toBeUndefined();

      await graph.request('mutation Revoke($id: ID!) { revokePartnerClient(id: $id) { id } }', { id: partnerClient.id }, { token: admin });
      await new Promise((resolve) => setTimeout(resolve, API_KEY_CACHE_TTL_MS + 50));
      const after = await graph.request('{ roles { name } }', {}, { apiKey });
      expect(after.status).toBe(401);
      expect(after.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const unknown = await graph.request('{ profiles { total } }', {}, { apiKey: 'wf_nope_nope' });
      expect(unknown.status).toBe(401);
    });

    it('accepts a subgraph by service token and refuses a forged one', async () => {
      const record = 'mutation Record($events: [AuditEventInput!]!) { recordAuditEvents(events: $events) }';
      const forged = await graph.request(record, { events: [] }, { headers: { 'x-service-token': createServiceToken('profiles', 'wrong-secret') } });
      expect(forged.status).toBe(401);

      await graph.request('query Read($id: ID!) { profile(id: $id) { id dateOfBirth } }', { id: profileId }, { token: agent.token });
      await graph.subgraphs.profiles.audit.flush();
      await graph.subgraphs.profiles.audit.relay();
      const auditor = await graph.sessionToken({ roles: ['dpo'], scopes: ['audit:read'] });
      const log = await graph.request(
        'query Log($filter: AuditEventFilter) { auditEvents(filter: $filter) { total items { service actorId client } } }',
        { filter: { service: 'profiles', actorId: agent.id } },
        { token: auditor },
      );
      expect(log.body.errors).toBeUndefined();
      expect(log.body.data?.auditEvents.items).toEqual(expect.arrayContaining([{ service: 'profiles', actorId: agent.id, client: 'console' }]));
    });

    it('keeps subgraphs closed to anyone but the gateway', async () => {
      for (const subgraph of Object.values(graph.subgraphs)) {
        const direct = await fetch(subgraph.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.token}` },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(direct.status).toBe(401);
      }
    });
  });

  describe('what they may see', () => {
    it('answers 200 with the fields allowed and FORBIDDEN at each refused path', async () => {
      const answer = await graph.request(
        'query Read($id: ID!) { profile(id: $id) { id givenName dateOfBirth passports { numberMasked number } } }',
        { id: profileId },
        { token: marketing.token },
      );
      expect(answer.status).toBe(200);
      expect(answer.body.data?.profile).toMatchObject({ id: profileId, givenName: 'Ada', dateOfBirth: null });
      expect(answer.body.data?.profile.passports[0]).toMatchObject({ number: null });
      expect(answer.body.data?.profile.passports[0].numberMasked).not.toContain('123456789');
      const refused = answer.body.errors!.map((error) => [error.path?.join('.'), error.extensions?.code]);
      expect(refused).toEqual(
        expect.arrayContaining([
          ['profile.dateOfBirth', 'FORBIDDEN'],
          ['profile.passports.0.number', 'FORBIDDEN'],
        ]),
      );

      const agentAnswer = await graph.request(
        'query Read($id: ID!) { profile(id: $id) { dateOfBirth passports { number } } }',
        { id: profileId },
        { token: agent.token },
      );
      expect(agentAnswer.body).toEqual({ data: { profile: { dateOfBirth: '1985-12-10', passports: [{ number: '123456789' }] } } });
    });

    it('decides each caller on its own scopes when the same document comes from callers with different roles', async () => {
      const query = 'query Same($id: ID!) { profile(id: $id) { id dateOfBirth } }';
      for (const [caller, dateOfBirth] of [
        [marketing, null],
        [agent, '1985-12-10'],
        [marketing, null],
        [agent, '1985-12-10'],
      ] as const) {
        const answer = await graph.request(query, { id: profileId }, { token: caller.token });
        expect(answer.body.data?.profile).toEqual({ id: profileId, dateOfBirth });
        expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(dateOfBirth ? undefined : ['FORBIDDEN']);
      }
    });

    it('refuses fields inside fragments and under aliases at the path the caller asked for', async () => {
      const answer = await graph.request(
        `query Fragments($id: ID!) {
          traveller: profile(id: $id) { ...Born ... on Profile { documents: passports { number numberMasked } } }
        }
        fragment Born on Profile { id born: dateOfBirth }`,
        { id: profileId },
        { token: marketing.token },
      );
      expect(answer.status).toBe(200);
      expect(answer.body.data?.traveller).toMatchObject({ id: profileId, born: null, documents: [{ number: null, numberMasked: expect.any(String) }] });
      const refused = answer.body.errors!.map((error) => error.path?.join('.'));
      expect(refused.sort()).toEqual(['traveller.born', 'traveller.documents.0.number']);
    });

    it('checks a field kept out by @include only when the variables ask for it', async () => {
      const query = 'query Maybe($id: ID!, $born: Boolean!) { profile(id: $id) { id dateOfBirth @include(if: $born) } }';
      const without = await graph.request(query, { id: profileId, born: false }, { token: marketing.token });
      expect(without.body).toEqual({ data: { profile: { id: profileId } } });
      const withIt = await graph.request(query, { id: profileId, born: true }, { token: marketing.token });
      expect(withIt.body.data?.profile).toEqual({ id: profileId, dateOfBirth: null });
      expect(withIt.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('answers null with an error for every root field when all of them are refused', async () => {
      const answer = await graph.request('{ staffMembers { total } auditEvents { total } }', {}, { token: agent.token });
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ staffMembers: null, auditEvents: null });
      expect(answer.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
        [['staffMembers'], 'FORBIDDEN'],
        [['auditEvents'], 'FORBIDDEN'],
      ]);
    });

    it('refuses a whole root field the caller lacks the scope for, and answers the rest', async () => {
      const answer = await graph.request('{ me { id } staffMembers { total } }', {}, { token: agent.token });
      expect(answer.status).toBe(200);
      expect(answer.body.data?.me).toEqual({ id: agent.id });
      expect(answer.body.errors).toEqual([expect.objectContaining({ path: ['staffMembers'], extensions: { code: 'FORBIDDEN' } })]);
    });
  });

  describe('limits', () => {
    it('refuses queries deeper than allowed', async () => {
      const answer = await graph.request('{ profiles { items { passports { id } } } }', {}, { token: agent.token });
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors?.[0].message).toMatch(/depth 4 exceeds the maximum of 3/);
    });

    it('refuses too many aliases', async () => {
      const aliases = Array.from({ length: 31 }, (_, index) => `a${index}: __typename`).join(' ');
      const answer = await graph.request(`{ ${aliases} }`);
      expect(answer.body.errors?.[0].message).toMatch(/31 aliases; the maximum is 30/);
    });

    it('refuses documents with too many tokens', async () => {
      const answer = await graph.request(`{ ${'__typename '.repeat(3001)}}`);
      expect(answer.body.errors?.[0].message).toMatch(/3000 tokens/);
    });

    it('refuses operations estimated to cost too much', async () => {
      const cheap = await graph.startGateway({ MAX_COST: '300', MAX_DEPTH: '12' });
      const small = await cheap.request('{ profiles(page: { limit: 10 }) { items { id passports { id } } } }', {}, { token: agent.token });
      expect(small.body.errors).toBeUndefined();
      const large = await cheap.request('{ profiles(page: { limit: 100 }) { items { id passports { id } } } }', {}, { token: agent.token });
      expect(large.body.errors?.[0]).toMatchObject({ extensions: { code: 'COST_ESTIMATED_TOO_EXPENSIVE', cost: { estimated: 2601, max: 300 } } });
    });

    it('refuses bodies over the cap with 413', async () => {
      const response = await fetch(graph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
      });
      expect(response.status).toBe(413);
    });

    it('refuses simple requests a browser could forge across sites', async () => {
      const response = await fetch(graph.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(response.status).toBe(403);
    });
  });

  describe('queries one subgraph answers whole', () => {
    const QUERIES: [string, Record<string, unknown>][] = [
      ['query Read($id: ID!) { profile(id: $id) { id fullName givenName dateOfBirth passports { numberMasked number } } }', {}],
      [
        'query List($page: PageInput) { profiles(page: $page, filter: { search: "love" }) { total totalIsExact nextCursor items { id familyName } } }',
        { page: { limit: 5 } },
      ],
      ['query Forged { profiles(page: { after: "not-a-cursor" }) { total } }', {}],
      ['query Nobody($id: ID!) { profile(id: $id) { id } }', { id: '00000000-0000-7000-8000-000000000000' }],
    ];

    const recordingProfiles = () => recordingRelay(graph.subgraphs.profiles.url);

    it('sends them to the subgraph as written and answers exactly as the runtime would', async () => {
      const relay = await recordingProfiles();
      try {
        const forwarding = await graph.startGateway({ SUBGRAPH_URL_PROFILES: relay.url });
        const planning = await graph.startGateway({ SUBGRAPH_URL_PROFILES: relay.url, FORWARD_SINGLE_SUBGRAPH_QUERIES: 'false' });
        for (const accept of [undefined, 'application/graphql-response+json, application/json']) {
          for (const [query, variables] of QUERIES) {
            const ask = async (gateway: typeof forwarding) => {
              const response = await fetch(gateway.url, {
                method: 'POST',
                headers: { 'content-type': 'application/json', authorization: `Bearer ${marketing.token}`, ...(accept ? { accept } : {}) },
                body: JSON.stringify({ query, variables: { id: profileId, ...variables } }),
              });
              return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
            };
            relay.queries.length = 0;
            const forwarded = await ask(forwarding);
            const forwardedQueries = [...relay.queries];
            relay.queries.length = 0;
            const planned = await ask(planning);
            expect(forwarded).toEqual(planned);
            // A refused field (marketing may not read dates of birth or numbers) leaves the document to the runtime.
            const refusesAField = query.includes('dateOfBirth');
            expect(forwardedQueries).toEqual(refusesAField ? relay.queries : [query]);
            if (!refusesAField) expect(relay.queries).not.toEqual([query]);
          }
        }
      } finally {
        relay.close();
      }
    });

    it('leaves to the runtime what is not a query document it can read', async () => {
      for (const body of ['null', '[]', '{"query": 1}', '{"query": "{ me { id } }", "extensions": {}}', 'not json']) {
        const response = await fetch(graph.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.token}` },
          body,
        });
        expect(response.status).toBeLessThan(500);
      }
    });

    it('leaves to the runtime what needs two subgraphs or is not in the API', async () => {
      const both = await graph.request('query Both($id: ID!) { me { id } profile(id: $id) { id } }', { id: profileId }, { token: agent.token });
      expect(both.body).toEqual({ data: { me: { id: agent.id }, profile: { id: profileId } } });
      const hidden = await graph.request('{ staffSessionValid(staffId: "x", issuedAtMs: 0) }', {}, { token: agent.token });
      expect(hidden.body.data).toBeUndefined();
      expect(hidden.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('in production', () => {
    it('refuses introspection, suggests no field names and masks internal errors', async () => {
      const broken = createServer((_request, response) => {
        response.writeHead(500, { 'content-type': 'text/html' }).end('<pre>Error: boom at /srv/profiles/secret.js:12</pre>');
      });
      const brokenPort = await listen(broken);
      try {
        const production = await graph.startGateway({ NODE_ENV: 'production', SUBGRAPH_URL_PROFILES: `http://127.0.0.1:${brokenPort}/graphql` });
        const introspection = await production.request('{ __schema { types { name } } }');
        expect(introspection.body.data).toBeUndefined();
        expect(introspection.body.errors?.[0].message).toMatch(/introspection/i);

        const typo = await production.request('{ me { usernme } }', {}, { token: agent.token });
        expect(typo.body.errors?.[0].message).toContain('Cannot query field "usernme"');
        expect(typo.body.errors?.[0].message).not.toMatch(/Did you mean/);

        const failing = await production.request('query Read($id: ID!) { me { id } profile(id: $id) { id } }', { id: profileId }, { token: agent.token });
        expect(failing.body.data?.me).toEqual({ id: agent.id });
        const text = JSON.stringify(failing.body.errors);
        expect(text).not.toMatch(/boom|secret|127\.0\.0\.1|stack/);
        const alone = await production.request('query Alone($id: ID!) { profile(id: $id) { id } }', { id: profileId }, { token: agent.token });
        expect(alone.body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(JSON.stringify(alone.body)).not.toMatch(/boom|secret|127\.0\.0\.1|stack/);
      } finally {
        broken.close();
      }
    });

    it('still introspects outside production', async () => {
      const answer = await graph.request('{ __schema { queryType { name } } }');
      expect(answer.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    });
  });

  describe('when a subgraph is down', () => {
    it('answers with the data it has and an error that does not say where the subgraph lives', async () => {
      const closed = createServer();
      const closedPort = await listen(closed);
      await new Promise((resolve) => closed.close(resolve));
      const degraded = await graph.startGateway({ SUBGRAPH_URL_PROFILES: `http://127.0.0.1:${closedPort}/graphql` });
      const answer = await degraded.request('query Read($id: ID!) { me { id } profile(id: $id) { id } }', { id: profileId }, { token: agent.token });
      expect(answer.status).toBe(200);
      expect(answer.body.data?.me).toEqual({ id: agent.id });
      expect(answer.body.errors).toEqual([expect.objectContaining({ path: ['profile'], extensions: { code: 'SERVICE_UNAVAILABLE', service: 'profiles' } })]);
      expect(JSON.stringify(answer.body)).not.toContain(String(closedPort));
      const alone = await degraded.request('query Alone($id: ID!) { profile(id: $id) { id } }', { id: profileId }, { token: agent.token });
      expect([alone.status, alone.body.errors?.[0].extensions]).toEqual([200, { code: 'SERVICE_UNAVAILABLE', service: 'profiles' }]);

      const ready = await fetch(`${degraded.origin}/health/ready`);
      expect(ready.status).toBe(503);
    });

    it('answers a query the subgraph is too slow for after one timeout, as the runtime would', async () => {
      let received = 0;
      const stalled = createServer((request) => {
        received++;
        request.resume();
      });
      const stalledPort = await listen(stalled);
      try {
        const settings = { SUBGRAPH_URL_PROFILES: `http://127.0.0.1:${stalledPort}/graphql`, SUBGRAPH_TIMEOUT_MS: '300' };
        const forwarding = await graph.startGateway(settings);
        const planning = await graph.startGateway({ ...settings, FORWARD_SINGLE_SUBGRAPH_QUERIES: 'false' });
        for (const query of [
          'query One($id: ID!) { profile(id: $id) { id } }',
          'query Two($id: ID!) { __typename first: profile(id: $id) { id } second: profile(id: $id) { id } }',
        ]) {
          received = 0;
          const forwarded = await forwarding.request(query, { id: profileId }, { token: agent.token });
          expect(received).toBe(1);
          const planned = await planning.request(query, { id: profileId }, { token: agent.token });
          expect(forwarded.status).toBe(planned.status);
          expect(forwarded.body).toEqual(planned.body);
        }
      } finally {
        stalled.closeAllConnections();
        stalled.close();
      }
    });
  });

  describe('on both paths (forwarded to one subgraph and planned by the runtime)', () => {
    let paths: [string, TestGateway][];

    beforeAll(async () => {
      const [forwarding, planning] = await Promise.all([
        graph.startGateway({ MAX_DEPTH: '12' }),
        graph.startGateway({ MAX_DEPTH: '12', FORWARD_SINGLE_SUBGRAPH_QUERIES: 'false' }),
      ]);
      paths = [
        ['forwarding', forwarding],
        ['planning', planning],
      ];
    });

    const post = (gateway: TestGateway, body: string, headers: Record<string, string> = {}) =>
      fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.token}`, ...headers }, body });

    it('keeps a field all of whose subfields are refused, each subfield null, on single, list and nested paths', async () => {
      for (const [path, gateway] of paths) {
        const single = await gateway.request('query($id: ID!) { profile(id: $id) { id passports { number } } }', { id: profileId }, { token: marketing.token });
        expect([path, single.status, single.body.data]).toEqual([path, 200, { profile: { id: profileId, passports: [{ number: null }] } }]);
        expect(single.body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([[['profile', 'passports', 0, 'number'], 'FORBIDDEN']]);

        const object = await gateway.request('query($id: ID!) { profile(id: $id) { born: dateOfBirth } }', { id: profileId }, { token: marketing.token });
        expect([path, object.body.data]).toEqual([path, { profile: { born: null } }]);

        const nested = await gateway.request(
          '{ profiles(filter: { search: "Lovelace" }) { items { ... on Profile { passports { number } } } } }',
          {},
          { token: marketing.token },
        );
        expect([path, nested.body.data?.profiles.items]).toEqual([path, expect.arrayContaining([{ passports: [{ number: null }] }])]);
        expect(JSON.stringify(nested.body)).not.toContain('_wayfarer');
        const everyNumber = (nested.body.data?.profiles.items as { passports: unknown[] }[]).flatMap((item, index) =>
          item.passports.map((_, passport) => ['profiles', 'items', index, 'passports', passport, 'number']),
        );
        expect(everyNumber.length).toBeGreaterThan(0);
        expect(nested.body.errors?.map((error) => error.path)).toEqual(everyNumber);
      }
    });

    it('decides @skip and @include on the variables with their defaults applied', async () => {
      for (const [path, gateway] of paths) {
        const left = await gateway.request(`query($b: Boolean = false) { profile(id: "${profileId}") { id dateOfBirth @include(if: $b) } }`, undefined, {
          token: marketing.token,
        });
        expect([path, left.status, left.body]).toEqual([path, 200, { data: { profile: { id: profileId } } }]);
        const kept = await gateway.request(
          `query($skip: Boolean = false) { profile(id: "${profileId}") { id dateOfBirth @skip(if: $skip) } }`,
          {},
          { token: marketing.token },
        );
        expect([path, kept.status, kept.body.data, kept.body.errors?.[0].extensions?.code]).toEqual([
          path,
          200,
          { profile: { id: profileId, dateOfBirth: null } },
          'FORBIDDEN',
        ]);
      }
    });

    it('answers variables that do not fit the operation as the client’s mistake, naming the variable', async () => {
      const cases: [string, Record<string, unknown>][] = [
        ['query($page: PageInput) { profiles(page: $page) { total } }', { page: { first: 5 } }],
        ['query($filter: ProfileFilter) { profiles(filter: $filter) { total } }', { filter: { q: 'x' } }],
        ['query($id: ID!) { profile(id: $id) { id } }', {}],
        ['query($page: PageInput) { profiles(page: $page) { total } }', { page: { limit: 'ten' } }],
      ];
      for (const [path, gateway] of paths) {
        for (const [query, variables] of cases) {
          for (const [accept, status] of [
            ['application/json', 200],
            ['application/graphql-response+json', 400],
          ] as const) {
            const response = await post(gateway, JSON.stringify({ query, variables }), { accept });
            const body = await response.json();
            const variable = Object.keys(variables)[0] ?? 'id';
            expect([path, accept, response.status, body.data, body.errors[0].extensions.code]).toEqual([path, accept, status, undefined, 'BAD_USER_INPUT']);
            expect(body.errors[0].message).toContain(`Variable "$${variable}"`);
          }
        }
      }
    });

    it('answers with the status codes GraphQL over HTTP asks for', async () => {
      const graphqlResponse = { accept: 'application/graphql-response+json' };
      for (const [path, gateway] of paths) {
        const statuses = [
          (await post(gateway, '{"query": "{ me { id } }"')).status,
          (await post(gateway, 'not json', graphqlResponse)).status,
          (await post(gateway, '{}')).status,
          (await post(gateway, '{"query": 1}')).status,
          (await post(gateway, '{"query": "{ me { id } }", "variables": [7]}')).status,
          (await post(gateway, '')).status,
          (await fetch(`${gateway.url}?query=${encodeURIComponent('mutation { signOut }')}`, { headers: { 'x-wayfarer-csrf': '1' } })).status,
          (await post(gateway, '{"query": "{ me { id } }"}', { 'content-type': 'application/xml' })).status,
          (await post(gateway, '{"query": "{ me { id } }"}', { accept: 'application/xml' })).status,
          (await post(gateway, '{"query": "{"}')).status,
          (await post(gateway, '{"query": "{"}', graphqlResponse)).status,
          (await post(gateway, '{"query": "{ nope }"}')).status,
          (await post(gateway, '{"query": "{ nope }"}', graphqlResponse)).status,
          (await post(gateway, '{"query": "{ me { id } }"}', graphqlResponse)).status,
        ];
        expect([path, ...statuses]).toEqual([path, 400, 400, 400, 400, 400, 400, 405, 415, 406, 200, 400, 200, 400, 200]);
      }
    });

    it('estimates fragments on the same object once, and page sizes from variables at their value', async () => {
      const cheap = await graph.startGateway({ MAX_COST: '300', MAX_DEPTH: '12' });
      const twice = await cheap.request(
        '{ profiles(page: { limit: 10 }) { items { ... on Profile { passports { id } } ... on Profile { passports { id } } ...Documents } } } fragment Documents on Profile { passports { id } }',
        {},
        { token: agent.token },
      );
      expect(twice.body.errors).toBeUndefined();
      for (const [path, gateway] of paths) {
        const query = 'query($page: PageInput) { profiles(page: $page) { items { id passports { id } } } }';
        const large = await gateway.request(query, { page: { limit: 200 } }, { token: agent.token });
        expect([path, large.body.data, large.body.errors?.[0].extensions?.code]).toEqual([path, undefined, 'COST_ESTIMATED_TOO_EXPENSIVE']);
        expect(large.body.errors?.[0].extensions?.cost).toEqual({ estimated: 5201, max: 5000 });
        const small = await gateway.request(query, { page: { limit: 5 } }, { token: agent.token });
        expect([path, small.body.errors]).toEqual([path, undefined]);
      }
    });

    it('holds introspection to the depth a client’s introspection query needs', async () => {
      let ofTypes = '{ name }';
      for (let level = 0; level < 12; level++) ofTypes = `{ ofType ${ofTypes} }`;
      for (const [path, gateway] of paths) {
        const deep = await gateway.request(`{ __schema { types { fields { type ${ofTypes} } } } }`);
        expect([path, deep.body.data, deep.body.errors?.[0].message]).toEqual([
          path,
          undefined,
          expect.stringMatching(/Introspection depth 17 exceeds the maximum of 15/),
        ]);
        const standard = await gateway.request(
          getIntrospectionQuery({
            descriptions: true,
            specifiedByUrl: true,
            directiveIsRepeatable: true,
            schemaDescription: true,
            inputValueDeprecation: true,
            oneOf: true,
          }),
        );
        expect([path, standard.body.errors]).toEqual([path, undefined]);
        expect(standard.body.data?.__schema.queryType).toMatchObject({ name: 'Query' });
      }
    });

    it('leaves no abort listeners behind on the signals subgraph calls share', async () => {
      const live = new Map<EventTarget, number>();
      const { addEventListener, removeEventListener } = EventTarget.prototype;
      EventTarget.prototype.addEventListener = function (
        this: EventTarget,
        type: string,
        ...rest: [EventListenerOrEventListenerObject | null, (AddEventListenerOptions | boolean)?]
      ) {
        if (type === 'abort') live.set(this, (live.get(this) ?? 0) + 1);
        return addEventListener.call(this, type, ...rest);
      };
      EventTarget.prototype.removeEventListener = function (
        this: EventTarget,
        type: string,
        ...rest: [EventListenerOrEventListenerObject | null, (EventListenerOptions | boolean)?]
      ) {
        if (type === 'abort' && live.has(this)) live.set(this, live.get(this)! - 1);
        return removeEventListener.call(this, type, ...rest);
      };
      try {
        for (const [, gateway] of paths) {
          for (let round = 0; round < 10; round++) {
            await Promise.all(
              Array.from({ length: 5 }, () =>
                gateway.request('query($id: ID!) { me { id } profile(id: $id) { id } }', { id: profileId }, { token: agent.token }),
              ),
            );
          }
        }
      } finally {
        EventTarget.prototype.addEventListener = addEventListener;
        EventTarget.prototype.removeEventListener = removeEventListener;
      }
      expect(Math.max(...live.values())).toBeLessThanOrEqual(5);
    });
  });

  describe('one port for everything', () => {
    it('reports health', async () => {
      expect((await fetch(`${graph.origin}/health/live`)).status).toBe(200);
      const ready = await fetch(`${graph.origin}/health/ready`);
      expect(ready.status).toBe(200);
    });

    it('serves the console with client-side routes and cacheable assets', async () => {
      const index = await fetch(`${graph.origin}/`);
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await index.text()).toContain('<title>Wayfarer</title>');

      const route = await fetch(`${graph.origin}/profiles/123/show`);
      expect(route.status).toBe(200);
      expect(route.headers.get('cache-control')).toBe('no-cache');

      const asset = await fetch(`${graph.origin}/assets/index-Bx1dK9aQ.js`);
      expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(asset.headers.get('cache-control')).toContain('immutable');

      expect((await fetch(`${graph.origin}/assets/missing-Bx1dK9aQ.js`)).status).toBe(404);

      // fetch() always asks for compression and undoes it, so the raw answers are read over plain HTTP.
      const raw = (acceptEncoding: string) =>
        new Promise<{ encoding?: string; vary?: string; body: Buffer }>((resolve, reject) => {
          const asking = httpRequest(`${graph.origin}/assets/index-Bx1dK9aQ.js`, { headers: { 'accept-encoding': acceptEncoding } }, (answer) => {
            const chunks: Buffer[] = [];
            answer.on('data', (chunk: Buffer) => chunks.push(chunk));
            answer.on('end', () => resolve({ encoding: answer.headers['content-encoding'], vary: answer.headers.vary, body: Buffer.concat(chunks) }));
          });
          asking.on('error', reject).end();
        });
      const brotli = await raw('gzip, deflate, br');
      expect([brotli.encoding, brotli.vary, brotliDecompressSync(brotli.body).toString()]).toEqual(['br', 'accept-encoding', 'console.log("wayfarer")']);
      const gzip = await raw('gzip, br;q=0');
      expect([gzip.encoding, gunzipSync(gzip.body).toString()]).toEqual(['gzip', 'console.log("wayfarer")']);
      const plain = await raw('identity');
      expect([plain.encoding, plain.body.toString()]).toEqual([undefined, 'console.log("wayfarer")']);
      expect((await fetch(`${graph.origin}/..%2f..%2fetc%2fpasswd`)).headers.get('content-type')).toMatch(/^text\/html/);
    });
  });
});
