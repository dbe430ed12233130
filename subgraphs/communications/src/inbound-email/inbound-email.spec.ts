import { createServer } from 'node:net';
import { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createTransport, Transporter } from 'nodemailer';
import { TestGraph } from '@wayfarer/gateway/testing';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { InboundEmail } from './inbound-email.entity';

const SCOPES = ['profiles:read', 'profiles:write', 'communications:read', 'communications:write'];
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };
const CAPTURE = 'capture@wayfarer.test';
const TIMELINE = `query($id: ID!) { profile(id: $id) { timeline { total items { kind channel item { ... on Interaction { id direction channel summary staffMember { id username } } } } } } }`;
const EMAILS = `query($filter: InboundEmailFilter, $page: PageInput) { inboundEmails(filter: $filter, page: $page) {
  items { id status triageReason version messageId from originalSender subject textBody attachments { name type size } profile { id } interaction { id direction } } } }`;
const ASSIGN =
  'mutation($id: ID!, $input: AssignInboundEmailInput!) { assignInboundEmail(id: $id, input: $input) { status version profile { id } interaction { id channel direction } } }';
const DISCARD = 'mutation($id: ID!, $version: Int!) { discardInboundEmail(id: $id, expectedVersion: $version) { status subject textBody from } }';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(everyDatabase())('inbound e-mail capture over SMTP on %s', (_database, environment) => {
  let graph: TestGraph;
  let token: string;
  let smtp: Transporter;

  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const traveller = async (email: string) =>
    (
      await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
        input: { givenName: 'Ada', familyName: 'Capture', lawfulBasis: LAWFUL_BASIS, emails: [{ address: email, isDefault: true }] },
      })
    ).createProfile.id as string;
  const timelineOf = async (profileId: string) => (await ok(TIMELINE, { id: profileId })).profile.timeline;
  const captured = async (messageId: string) => {
    const { inboundEmails } = await ok(EMAILS, { page: { limit: 40 } });
    return (inboundEmails.items as { messageId: string }[]).filter((email) => email.messageId === messageId) as Record<string, any>[];
  };
  const stored = (messageId: string) => graph.subgraphs.communications.dataSource.getRepository(InboundEmail).countBy({ messageId });
  const unique = () => randomBytes(4).toString('hex');
  const messageIdFor = (tag: string) => `<${tag}@mail.example.test>`;

  beforeAll(async () => {
    const port = await freePort();
    graph = await TestGraph.start({
      subgraphEnv: {
        ...environment,
        INBOUND_SMTP_PORT: String(port),
        INBOUND_CAPTURE_ADDRESSES: `${CAPTURE}, crm@wayfarer.test`,
        INBOUND_MAX_MESSAGE_BYTES: '20000',
        INBOUND_MAX_ATTACHMENTS: '2',
      },
    });
    token = await graph.sessionToken({ roles: ['agent'], scopes: SCOPES });
    smtp = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  }, 120_000);
  afterAll(async () => {
    smtp?.close();
    await graph?.stop();
    removeEmbeddedData(environment);
  });

  it('files a message from a traveller as an inbound e-mail interaction on their timeline, with its text and attachments described', async () => {
    const tag = unique();
    const profileId = await traveller(`ada.${tag}@example.test`);
    await smtp.sendMail({
      from: `Ada <ADA.${tag}@example.test>`,
      to: CAPTURE,
      subject: 'Change to my Lisbon booking',
      text: 'Could I move the flight to Friday?',
      messageId: messageIdFor(tag),
      attachments: [{ filename: 'ticket.pdf', content: Buffer.from('%PDF-1.4 ticket'), contentType: 'application/pdf' }],
    });
    const timeline = await timelineOf(profileId);
    expect(timeline.items).toEqual([
      {
        kind: 'INTERACTION',
        channel: 'EMAIL',
        item: { id: expect.any(String), direction: 'INBOUND', channel: 'EMAIL', summary: 'Change to my Lisbon booking', staffMember: null },
      },
    ]);
    const [email] = await captured(messageIdFor(tag));
    expect(email).toMatchObject({
      status: 'FILED',
      triageReason: null,
      from: `ada.${tag}@example.test`,
      originalSender: null,
      textBody: 'Could I move the flight to Friday?',
      attachments: [{ name: 'ticket.pdf', type: 'application/pdf', size: 15 }],
      profile: { id: profileId },
      interaction: { id: timeline.items[0].item.id, direction: 'INBOUND' },
    });
  });

  it('files a consultant’s forward on the timeline of the original sender', async () => {
    const tag = unique();
    const profileId = await traveller(`forwarded.${tag}@example.test`);
    await smtp.sendMail({
      from: 'consultant@wayfarer.test',
      to: 'CRM@wayfarer.test',
      subject: 'Fwd: Dietary needs',
      text: `FYI\n\n---------- Forwarded message ---------\nFrom: Bo <forwarded.${tag}@example.test>\nDate: Mon, 1 Jun 2026\nSubject: Dietary needs\n\nVegetarian meals, please.`,
      messageId: messageIdFor(tag),
    });
    const [email] = await captured(messageIdFor(tag));
    expect(email).toMatchObject({
      status: 'FILED',
      from: 'consultant@wayfarer.test',
      originalSender: `forwarded.${tag}@example.test`,
      profile: { id: profileId },
    });
    expect((await timelineOf(profileId)).total).toBe(1);
  });

  it('queues a message from nobody known for triage, then files it on the traveller it is assigned to, once', async () => {
    const tag = unique();
    const profileId = await traveller(`known.${tag}@example.test`);
    await smtp.sendMail({ from: `stranger.${tag}@example.test`, to: CAPTURE, subject: 'Hello', text: 'Who am I?', messageId: messageIdFor(tag) });
    const [email] = await captured(messageIdFor(tag));
    expect(email).toMatchObject({ status: 'TRIAGE', triageReason: 'NO_MATCHING_TRAVELLER', profile: null, interaction: null });
    const triage = (await ok(EMAILS, { filter: { status: 'TRIAGE' }, page: { limit: 40 } })).inboundEmails.items as { id: string }[];
    expect(triage.map((item) => item.id)).toContain(email.id);

    const { assignInboundEmail } = await ok(ASSIGN, { id: email.id, input: { expectedVersion: email.version, profileId } });
    expect(assignInboundEmail).toMatchObject({
      status: 'ASSIGNED',
      version: email.version + 1,
      profile: { id: profileId },
      interaction: { channel: 'EMAIL', direction: 'INBOUND' },
    });
    expect((await timelineOf(profileId)).items.map((item: { item: { id: string } }) => item.item.id)).toEqual([assignInboundEmail.interaction.id]);

    const again = await graph.request(ASSIGN, { id: email.id, input: { expectedVersion: assignInboundEmail.version, profileId } }, { token });
    expect(again.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'id', rule: 'inTriage' }] });
    expect((await timelineOf(profileId)).total).toBe(1);
  });

  it('queues a message whose sender is several travellers, and a discard removes what it said', async () => {
    const tag = unique();
    await traveller(`shared.${tag}@example.test`);
    await traveller(`shared.${tag}@example.test`);
    await smtp.sendMail({ from: `shared.${tag}@example.test`, to: CAPTURE, subject: 'Our trip', text: 'Both of us', messageId: messageIdFor(tag) });
    const [email] = await captured(messageIdFor(tag));
    expect(email).toMatchObject({ status: 'TRIAGE', triageReason: 'SEVERAL_MATCHING_TRAVELLERS' });
    const { discardInboundEmail } = await ok(DISCARD, { id: email.id, version: email.version });
    expect(discardInboundEmail).toEqual({ status: 'DISCARDED', subject: null, textBody: null, from: null });
  });

  it('captures a message delivered twice with the same Message-ID once', async () => {
    const tag = unique();
    const profileId = await traveller(`twice.${tag}@example.test`);
    const message = { from: `twice.${tag}@example.test`, to: CAPTURE, subject: 'Twice', text: 'Sent twice', messageId: messageIdFor(tag) };
    await smtp.sendMail(message);
    await smtp.sendMail(message);
    expect(await stored(messageIdFor(tag))).toBe(1);
    expect((await timelineOf(profileId)).total).toBe(1);
  });

  it('refuses with an SMTP error, storing nothing: an oversize message, too many attachments, another recipient, no Message-ID', async () => {
    const tag = unique();
    const profileId = await traveller(`refused.${tag}@example.test`);
    const from = `refused.${tag}@example.test`;
    await expect(smtp.sendMail({ from, to: CAPTURE, subject: 'Big', text: 'x'.repeat(30_000), messageId: messageIdFor(`${tag}.big`) })).rejects.toMatchObject({
      responseCode: 552,
    });
    const attachment = (name: string) => ({ filename: name, content: 'a' });
    await expect(
      smtp.sendMail({
        from,
        to: CAPTURE,
        subject: 'Many',
        text: 'Three files',
        attachments: ['a', 'b', 'c'].map(attachment),
        messageId: messageIdFor(`${tag}.many`),
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
    await expect(
      smtp.sendMail({ from, to: 'someone@wayfarer.test', subject: 'Wrong', text: 'Wrong', messageId: messageIdFor(`${tag}.wrong`) }),
    ).rejects.toMatchObject({
      responseCode: 550,
    });
    const raw = `From: ${from}\r\nTo: ${CAPTURE}\r\nSubject: No id\r\n\r\nNo Message-ID here.\r\n`;
    await expect(smtp.sendMail({ envelope: { from, to: [CAPTURE] }, raw })).rejects.toMatchObject({ responseCode: 554 });
    for (const suffix of ['big', 'many', 'wrong']) expect(await stored(messageIdFor(`${tag}.${suffix}`))).toBe(0);
    expect((await timelineOf(profileId)).total).toBe(0);
  });

  it('needs communications:read to read captured e-mail and communications:write to assign it', async () => {
    const reader = await graph.sessionToken({ roles: ['agent'], scopes: ['communications:read'] });
    const { inboundEmails } = (await graph.request(EMAILS, {}, { token: reader })).body.data as Record<string, any>;
    expect(inboundEmails.items.length).toBeGreaterThan(0);
    const refused = await graph.request(DISCARD, { id: inboundEmails.items[0].id, version: 1 }, { token: reader });
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const marketing = await graph.sessionToken({ roles: ['marketing'], scopes: ['campaigns:read'] });
    expect((await graph.request(EMAILS, {}, { token: marketing })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
