import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { ParsedMail, simpleParser } from 'mailparser';
import { TestGraph } from '@wayfarer/gateway/testing';
import { createGatewayCall } from '@wayfarer/kit';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { loadCommunicationsSettings } from '../communications.config';
import { CampaignSender } from './campaign-sender';
import { Timeline } from '../timeline/timeline';
import { ProfilesAudience } from './profiles-audience';

const STAFF_SCOPES = ['profiles:read', 'profiles:write', 'campaigns:read', 'campaigns:write', 'campaigns:send', 'data-subject:erase'];
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };
const CAMPAIGN = 'id status version channel deliveryCounts { status count }';
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN} } }`;
const SEND = `mutation($id: ID!, $input: CampaignVersionInput!) { sendCampaign(id: $id, input: $input) { ${CAMPAIGN} } }`;
const SCHEDULE = `mutation($id: ID!, $input: ScheduleCampaignInput!) { scheduleCampaign(id: $id, input: $input) { ${CAMPAIGN} } }`;
const READ = `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN} recipients(page: { limit: 200 }) { items { profileId status exclusion language error sentAt } } } }`;
const DRY_RUN =
  'query($id: ID!) { campaignDryRun(id: $id, limit: 10) { recipientCount exclusionCounts { reason count } recipients { profile { id } language } excluded { profile { id } reason } } }';

interface Received {
  to: string;
  mail: ParsedMail;
}

async function startSmtpServer(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      // A mailbox that does not exist: the server refuses this one recipient.
      if (address.address.startsWith('nobody')) return callback(new Error('550 no such mailbox'));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const recipient of session.envelope.rcptTo) received.push({ to: recipient.address, mail });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, received };
}

async function startSmsProvider(token: string): Promise<{ server: Server; url: string; received: { to: string; text: string }[]; refusedAuth: number[] }> {
  const received: { to: string; text: string }[] = [];
  const refusedAuth: number[] = [];
  const readJson = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  };
  const server = createServer((request, response) => {
    void readJson(request).then((body: { to: string; text: string }) => {
      if (request.headers.authorization !== `Bearer ${token}`) {
        refusedAuth.push(Date.now());
        response.writeHead(401).end();
        return;
      }
      if (body.to === '+15550000000') return void response.writeHead(422).end('{"error":"unreachable number"}');
      received.push(body);
      response.writeHead(202, { 'content-type': 'application/json' }).end('{"id":"m1"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`, received, refusedAuth };
}

const textOf = (mail: ParsedMail) => mail.text ?? '';
const linkIn = (text: string) => /(http:\/\/\S+\/unsubscribe\?token=[\w.-]+)/.exec(text)?.[1];

describe.each(everyDatabase())('campaigns on %s', (_database, environment) => {
  let graph: TestGraph;
  let token: string;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let sms: Awaited<ReturnType<typeof startSmsProvider>>;
  const smsToken = randomBytes(16).toString('hex');
  let subgraphEnv: Record<string, string>;

  const ok = async (query: string, variables: Record<string, unknown>, as = token) => {
    const result = await graph.request(query, variables, { token: as });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const refusal = async (query: string, variables: Record<string, unknown>) => (await graph.request(query, variables, { token })).body.errors?.[0].extensions;

  /** A traveller with the tag, contacts and consents given. */
  const traveller = async (tag: string, options: { email?: string; phone?: string; language?: string; consents?: Record<string, boolean> }) => {
    const { createProfile } = await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }', {
      input: {
        givenName: 'Ada',
        familyName: `Campaign${randomBytes(3).toString('hex')}`,
        lawfulBasis: LAWFUL_BASIS,
        preferredLanguage: options.language ?? null,
        emails: options.email ? [{ address: options.email, isDefault: true }] : [],
        phones: options.phone ? [{ number: options.phone, isDefault: true }] : [],
      },
    });
    let version = createProfile.version;
    version = (
      await ok('mutation($id: ID!, $input: SetProfileTagsInput!) { setProfileTags(id: $id, input: $input) { version } }', {
        id: createProfile.id,
        input: { expectedVersion: version, tags: [tag] },
      })
    ).setProfileTags.version;
    for (const [purpose, granted] of Object.entries(options.consents ?? {})) {
      const input = { expectedVersion: version, purpose, granted, legalBasis: 'CONSENT', noticeVersion: '2026-01', channel: 'WEB' };
      version = (
        await ok('mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { version } }', {
          id: createProfile.id,
          input,
        })
      ).recordConsent.version;
    }
    return { id: createProfile.id as string, version: version as number };
  };
  const marketingChannels = async (id: string) =>
    (await ok('query($id: ID!) { profile(id: $id) { marketingChannels } }', { id })).profile.marketingChannels as string[];
  const createCampaign = async (tag: string, channel: 'EMAIL' | 'SMS', contents?: unknown[]) =>
    (
      await ok(CREATE, {
        input: {
          name: `Spring ${tag}`,
          channel,
          audience: { tags: [tag] },
          defaultLanguage: 'en',
          contents: contents ?? [
            { language: 'en', subject: channel === 'EMAIL' ? 'Hello {{name}}' : null, body: 'Come back to Lisbon, {{name}}.' },
            { language: 'zh', subject: channel === 'EMAIL' ? '你好 {{name}}' : null, body: '欢迎回到里斯本，{{name}}。' },
          ],
        },
      })
    ).createCampaign as { id: string; version: number };
  const waitForStatus = async (id: string, status: string) => {
    for (let tries = 0; tries < 200; tries++) {
      const { campaign } = await ok(READ, { id });
      if (campaign.status === status) return campaign;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`campaign ${id} never became ${status}`);
  };
  const sender = (options: ConstructorParameters<typeof CampaignSender>[4] = {}) =>
    new CampaignSender(
      graph.subgraphs.communications.dataSource,
      new Timeline(graph.subgraphs.communications.dataSource),
      new ProfilesAudience(
        createGatewayCall({ gatewayUrl: graph.url, service: 'communications', serviceSecret: graph.subgraphs.communications.config.SERVICE_TOKEN_SECRET }),
      ),
      () => loadCommunicationsSettings({ ...subgraphEnv, GATEWAY_URL: graph.url }),
      options,
    );
  const received = (tag: string) => smtp.received.filter((message) => message.to.includes(tag));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    sms = await startSmsProvider(smsToken);
    subgraphEnv = {
      ...environment,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      CAMPAIGN_FROM_ADDRESS: 'news@wayfarer.test',
      SMS_PROVIDER_URL: sms.url,
      SMS_PROVIDER_TOKEN: smsToken,
      CAMPAIGN_LINK_SECRET: randomBytes(32).toString('base64url'),
    };
    graph = await TestGraph.start({ subgraphEnv });
    token = await graph.sessionToken({ roles: ['marketing'], scopes: STAFF_SCOPES });
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
    sms?.server.close();
    removeEmbeddedData(environment);
  });

  it('e-mails each consented traveller once in their language with an unsubscribe link, excludes the rest with the reason, and the link withdraws the consent', async () => {
    const tag = `spring-${randomBytes(3).toString('hex')}`;
    const english = await traveller(tag, { email: `en.${tag}@example.test`, consents: { MARKETING_EMAIL: true } });
    const chinese = await traveller(tag, { email: `zh.${tag}@example.test`, language: 'zh-CN', consents: { MARKETING_EMAIL: true } });
    const refused = await traveller(tag, { email: `refused.${tag}@example.test`, consents: { MARKETING_EMAIL: false } });
    const smsOnly = await traveller(tag, { email: `smsonly.${tag}@example.test`, consents: { MARKETING_SMS: true } });
    const noAddress = await traveller(tag, { phone: '+447700900111', consents: { MARKETING_EMAIL: true } });
    const bouncing = await traveller(tag, { email: `nobody.${tag}@example.test`, consents: { MARKETING_EMAIL: true } });
    const campaign = await createCampaign(tag, 'EMAIL');

    const { campaignDryRun } = await ok(DRY_RUN, { id: campaign.id });
    expect(campaignDryRun.recipientCount).toBe(3);
    expect(campaignDryRun.exclusionCounts).toEqual([
      { reason: 'NO_CONSENT', count: 2 },
      { reason: 'NO_ADDRESS', count: 1 },
    ]);
    expect(campaignDryRun.recipients.map((recipient: { profile: { id: string } }) => recipient.profile.id).sort()).toEqual(
      [english.id, chinese.id, bouncing.id].sort(),
    );
    expect(campaignDryRun.excluded).toEqual(
      expect.arrayContaining([
        { profile: { id: refused.id }, reason: 'NO_CONSENT' },
        { profile: { id: smsOnly.id }, reason: 'NO_CONSENT' },
        { profile: { id: noAddress.id }, reason: 'NO_ADDRESS' },
      ]),
    );
    expect(received(tag)).toEqual([]);

    await ok(SEND, { id: campaign.id, input: { expectedVersion: campaign.version } });
    const sent = await waitForStatus(campaign.id, 'SENT');
    expect(sent.deliveryCounts).toEqual([
      { status: 'SENT', count: 2 },
      { status: 'FAILED', count: 1 },
      { status: 'EXCLUDED', count: 3 },
    ]);
    const byProfile = Object.fromEntries(sent.recipients.items.map((item: { profileId: string }) => [item.profileId, item]));
    expect(byProfile[refused.id]).toMatchObject({ status: 'EXCLUDED', exclusion: 'NO_CONSENT', sentAt: null });
    expect(byProfile[noAddress.id]).toMatchObject({ status: 'EXCLUDED', exclusion: 'NO_ADDRESS' });
    expect(byProfile[bouncing.id]).toMatchObject({ status: 'FAILED', error: 'SMTP 550' });
    expect(byProfile[chinese.id]).toMatchObject({ status: 'SENT', language: 'zh' });

    // A message sent is on the traveller's timeline at the time it went; a refused or excluded one is on nobody's.
    const reader = await graph.sessionToken({ roles: ['supervisor'], scopes: ['profiles:read', 'communications:read', 'campaigns:read'] });
    const timelineOf = async (profileId: string) =>
      (
        await graph.request(
          `query($id: ID!) { profile(id: $id) { timeline { items { kind channel occurredAt item { ... on CampaignRecipient { status campaign { id } } } } } } }`,
          { id: profileId },
          { token: reader },
        )
      ).body.data?.profile.timeline.items;
    expect(await timelineOf(chinese.id)).toEqual([
      { kind: 'CAMPAIGN_MESSAGE', channel: 'EMAIL', occurredAt: byProfile[chinese.id].sentAt, item: { status: 'SENT', campaign: { id: campaign.id } } },
    ]);
    expect(await timelineOf(bouncing.id)).toEqual([]);
    expect(await timelineOf(refused.id)).toEqual([]);

    const messages = received(tag);
    expect(messages.map((message) => message.to).sort()).toEqual([`en.${tag}@example.test`, `zh.${tag}@example.test`]);
    const [toEnglish, toChinese] = [`en.${tag}`, `zh.${tag}`].map((prefix) => messages.find((message) => message.to.startsWith(prefix))!.mail);
    expect(toEnglish.subject).toBe('Hello Ada');
    expect(toChinese.subject).toBe('你好 Ada');
    expect(textOf(toChinese)).toContain('欢迎回到里斯本，Ada。');
    expect(toEnglish.from?.text).toBe('news@wayfarer.test');
    const link = linkIn(textOf(toEnglish))!;
    expect(link).toBeDefined();
    expect(toEnglish.headerLines.find((header) => header.key === 'list-unsubscribe')?.line.replace(/\s+/g, ' ')).toBe(`List-Unsubscribe: <${link}>`);

    // A tampered or expired link is refused and withdraws nothing.
    const [payload, signature] = new URL(link).searchParams.get('token')!.split('.');
    const tampered = new URL(link);
    tampered.searchParams.set('token', `${payload}.${signature.slice(0, -2)}AA`);
    const refusedPage = await fetch(tampered);
    expect(refusedPage.status).toBe(400);
    expect(await refusedPage.text()).toContain('Nothing was changed');
    const otherTraveller = JSON.parse(Buffer.from(payload, 'base64url').toString());
    otherTraveller[0] = chinese.id;
    tampered.searchParams.set('token', `${Buffer.from(JSON.stringify(otherTraveller)).toString('base64url')}.${signature}`);
    expect((await fetch(tampered)).status).toBe(400);
    expect(await marketingChannels(english.id)).toEqual(['EMAIL']);
    expect(await marketingChannels(chinese.id)).toEqual(['EMAIL']);

    const followed = await fetch(link);
    expect(followed.status).toBe(200);
    expect(await followed.text()).toContain('no more marketing by e-mail');
    expect(await marketingChannels(english.id)).toEqual([]);
    expect(await marketingChannels(chinese.id)).toEqual(['EMAIL']);
    // Following it again changes nothing and still confirms.
    expect((await fetch(link)).status).toBe(200);

    const again = await createCampaign(tag, 'EMAIL');
    const { campaignDryRun: afterUnsubscribe } = await ok(DRY_RUN, { id: again.id });
    expect(afterUnsubscribe.excluded).toEqual(expect.arrayContaining([{ profile: { id: english.id }, reason: 'WITHDRAWN' }]));
  });

  it('refuses a campaign nobody may receive, naming the rule, and sends nothing', async () => {
    const tag = `nobody-${randomBytes(3).toString('hex')}`;
    await traveller(tag, { email: `a.${tag}@example.test`, consents: { MARKETING_SMS: true } });
    const campaign = await createCampaign(tag, 'EMAIL');
    expect(await refusal(SEND, { id: campaign.id, input: { expectedVersion: campaign.version } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [{ field: 'id', rule: 'hasConsentedRecipient' }],
    });
    const { campaign: unchanged } = await ok(READ, { id: campaign.id });
    expect(unchanged).toMatchObject({ status: 'DRAFT', version: campaign.version, deliveryCounts: [] });
    expect(received(tag)).toEqual([]);
  });

  it('refuses bad content and audiences by field and rule, writing nothing', async () => {
    const input = (overrides: Record<string, unknown>) => ({
      name: 'Bad',
      channel: 'EMAIL',
      audience: { tags: ['x'] },
      defaultLanguage: 'en',
      contents: [{ language: 'en', subject: 'S', body: 'B' }],
      ...overrides,
    });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ defaultLanguage: 'fr' }, 'input.defaultLanguage', 'hasContent'],
      [{ contents: [{ language: 'en', body: 'B' }] }, 'input.contents.0.subject', 'subjectRequired'],
      [{ contents: [{ language: 'en', subject: 'S', body: 'Hi {{surname}}' }] }, 'input.contents.0.body', 'knownPlaceholders'],
      [{ audience: {} }, 'input.audience', 'hasCriterion'],
      [{ audience: { segments: ['special-needs'] } }, 'input.audience.segments', 'notSpecialCategory'],
    ];
    const before = (await ok('{ campaigns(page: { limit: 200 }) { items { id } } }', {})).campaigns.items.length;
    for (const [overrides, field, rule] of cases) {
      expect(await refusal(CREATE, { input: input(overrides) })).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field, rule }] });
    }
    expect((await ok('{ campaigns(page: { limit: 200 }) { items { id } } }', {})).campaigns.items.length).toBe(before);
    const tag = `past-${randomBytes(3).toString('hex')}`;
    const campaign = await createCampaign(tag, 'EMAIL');
    expect(await refusal(SCHEDULE, { id: campaign.id, input: { expectedVersion: campaign.version, sendAt: '2020-01-01T00:00:00Z' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      violations: [{ field: 'input.sendAt', rule: 'inFuture' }],
    });
  });

  it('resumes a send that crashed mid-way: every consented traveller exactly once, nobody without consent, consent re-checked at send time', async () => {
    const tag = `crash-${randomBytes(3).toString('hex')}`;
    const consented: { id: string; version: number }[] = [];
    for (let index = 0; index < 12; index++)
      consented.push(await traveller(tag, { email: `c${index}.${tag}@example.test`, consents: { MARKETING_EMAIL: true } }));
    const without = await traveller(tag, { email: `without.${tag}@example.test` });
    const campaign = await createCampaign(tag, 'EMAIL');
    const { scheduleCampaign } = await ok(SCHEDULE, {
      id: campaign.id,
      input: { expectedVersion: campaign.version, sendAt: new Date(Date.now() + 300).toISOString() },
    });
    expect(scheduleCampaign.status).toBe('SCHEDULED');
    await new Promise((resolve) => setTimeout(resolve, 400));

    const crashing = sender({
      batchSize: 5,
      leaseMs: 2_000,
      afterMessage: (count) => {
        if (count === 7) throw new Error('the sender died');
      },
    });
    await expect(crashing.runDue()).rejects.toThrow('the sender died');
    expect(received(tag)).toHaveLength(7);
    expect((await ok(READ, { id: campaign.id })).campaign.status).toBe('SENDING');

    // Between the crash and the resume, a traveller not yet sent to withdraws: the resumed send re-checks and skips them.
    const pending = (await ok(READ, { id: campaign.id })).campaign.recipients.items.filter((item: { status: string }) => item.status === 'PENDING');
    expect(pending).toHaveLength(5);
    const last = consented.find((candidate) => candidate.id === pending[pending.length - 1].profileId)!;
    const { profile } = await ok('query($id: ID!) { profile(id: $id) { version consents { id purpose active } } }', { id: last.id });
    const consentId = profile.consents.find((consent: { purpose: string; active: boolean }) => consent.purpose === 'MARKETING_EMAIL' && consent.active).id;
    await ok('mutation($id: ID!, $input: WithdrawConsentInput!) { withdrawConsent(profileId: $id, input: $input) { version } }', {
      id: last.id,
      input: { expectedVersion: profile.version, consentId },
    });

    // Another sender cannot take the campaign while the crashed one's lease runs, then resumes it.
    await sender().runDue();
    expect(received(tag)).toHaveLength(7);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await sender().runDue();

    const done = await ok(READ, { id: campaign.id });
    expect(done.campaign.status).toBe('SENT');
    const addresses = received(tag).map((message) => message.to);
    expect(addresses.sort()).toEqual(
      consented
        .map((_traveller, index) => `c${index}.${tag}@example.test`)
        .filter((_address, index) => consented[index] !== last)
        .sort(),
    );
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(addresses).not.toContain(`without.${tag}@example.test`);
    expect(done.campaign.deliveryCounts).toEqual([
      { status: 'SENT', count: 11 },
      { status: 'EXCLUDED', count: 2 },
    ]);
    const byProfile = Object.fromEntries(done.campaign.recipients.items.map((item: { profileId: string }) => [item.profileId, item]));
    expect(byProfile[last.id]).toMatchObject({ status: 'EXCLUDED', exclusion: 'WITHDRAWN' });
    expect(byProfile[without.id]).toMatchObject({ status: 'EXCLUDED', exclusion: 'NO_CONSENT' });
  });

  it('sends SMS through the provider with the token, each with a link that withdraws SMS consent only', async () => {
    const tag = `sms-${randomBytes(3).toString('hex')}`;
    const texted = await traveller(tag, { phone: '+447700900222', email: `t.${tag}@example.test`, consents: { MARKETING_SMS: true, MARKETING_EMAIL: true } });
    const unreachable = await traveller(tag, { phone: '+15550000000', consents: { MARKETING_SMS: true } });
    await traveller(tag, { phone: '+447700900333' });
    const campaign = await createCampaign(tag, 'SMS');
    await ok(SEND, { id: campaign.id, input: { expectedVersion: campaign.version } });
    const sent = await waitForStatus(campaign.id, 'SENT');
    expect(sent.deliveryCounts).toEqual([
      { status: 'SENT', count: 1 },
      { status: 'FAILED', count: 1 },
      { status: 'EXCLUDED', count: 1 },
    ]);
    expect(sent.recipients.items.find((item: { profileId: string }) => item.profileId === unreachable.id)).toMatchObject({
      status: 'FAILED',
      error: 'HTTP 422',
    });
    const message = sms.received.find((candidate) => candidate.to === '+447700900222')!;
    expect(message.text).toMatch(/^Come back to Lisbon, Ada\. Stop: http/);
    expect(sms.refusedAuth).toEqual([]);

    expect((await fetch(linkIn(message.text)!)).status).toBe(200);
    expect(await marketingChannels(texted.id)).toEqual(['EMAIL']);
  });

  it('keeps campaigns from roles without the scopes, and unsubscribe open to anyone with a genuine link only', async () => {
    const agent = await graph.sessionToken({ roles: ['agent'], scopes: ['profiles:read', 'communications:read', 'communications:write'] });
    const list = await graph.request('{ campaigns { items { id } } }', {}, { token: agent });
    expect(list.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reader = await graph.sessionToken({ roles: ['supervisor'], scopes: ['campaigns:read'] });
    const created = await graph.request(
      CREATE,
      { input: { name: 'x', channel: 'EMAIL', audience: { tags: ['x'] }, defaultLanguage: 'en', contents: [] } },
      { token: reader },
    );
    expect(created.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const audience = 'query { campaignAudienceCounts(audience: { tags: ["x"] }, channel: EMAIL) { eligible } }';
    expect((await graph.request(audience, {}, { token })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asService = (service: string) =>
      createGatewayCall({ gatewayUrl: graph.url, service, serviceSecret: graph.subgraphs.communications.config.SERVICE_TOKEN_SECRET });
    expect((await asService('corporate')(audience, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await asService('communications')(audience, {})).errors).toBeUndefined();
    const withdraw = 'mutation($id: ID!) { withdrawMarketingConsent(id: $id, channel: EMAIL) }';
    expect((await graph.request(withdraw, { id: randomUUID() }, { token })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await graph.request('mutation { unsubscribe(token: "forged.token") { withdrawn } }', {});
    expect(anonymous.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'token', rule: 'genuineUnexpired' }] });
  });
});
