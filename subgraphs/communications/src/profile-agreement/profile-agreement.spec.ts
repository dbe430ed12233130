import { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { ParsedMail, simpleParser } from 'mailparser';
import { TestGraph } from '@wayfarer/gateway/testing';
import { everyDatabase, removeEmbeddedData } from '@wayfarer/kit/testing';
import { SignedTokens } from '../signed-token';

const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };
const SEND = 'mutation($id: ID!) { sendProfileSummary(profileId: $id) { id language sentAt expiresAt answeredAt } }';
const VERIFIED = 'query($id: ID!) { profile(id: $id) { lastVerifiedAt lastVerifiedBy lastVerifiedChannel } }';
const UNDERTAKINGS = 'query($filter: UndertakingFilter) { undertakings(filter: $filter) { items { description status owner { id } } } }';

async function startSmtpServer(): Promise<{ server: SMTPServer; port: number; received: { to: string; mail: ParsedMail }[] }> {
  const received: { to: string; mail: ParsedMail }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
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

describe.each(everyDatabase())('agreeing the profile with the traveller on %s', (_database, environment) => {
  let graph: TestGraph;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let consultantId: string;
  let token: string;

  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await graph.request(query, variables, { token });
    expect(result.body.errors).toBeUndefined();
    return result.body.data as Record<string, any>;
  };
  const traveller = async (email: string, language: string | null) =>
    (
      await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
        input: {
          givenName: 'Mei',
          familyName: 'Summary',
          lawfulBasis: LAWFUL_BASIS,
          preferredLanguage: language,
          emails: [{ address: email, isDefault: true }],
          phones: [{ number: '+447700900123', isDefault: true }],
          passports: [{ number: 'K98765432', issuingCountry: 'CN', expiryDate: '2031-05-01' }],
        },
      })
    ).createProfile.id as string;
  const mailTo = async (address: string) => {
    for (let tries = 0; tries < 50 && !smtp.received.some((message) => message.to === address); tries++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    return smtp.received.find((message) => message.to === address)!.mail;
  };
  const linkIn = (mail: ParsedMail) => /(http:\/\/\S+\/profile-confirmation\?token=[\w.-]+)/.exec(mail.text ?? '')![1];
  const post = (link: string, fields: Record<string, string>) => {
    const url = new URL(link);
    return fetch(`${url.origin}${url.pathname}`, { method: 'POST', body: new URLSearchParams({ token: url.searchParams.get('token')!, ...fields }) });
  };
  const verification = async (profileId: string) => (await ok(VERIFIED, { id: profileId })).profile;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    graph = await TestGraph.start({
      subgraphEnv: { ...environment, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, CAMPAIGN_FROM_ADDRESS: 'care@wayfarer.test' },
    });
    consultantId = '0197a000-0000-7000-8000-00000000c0a1';
    token = await graph.sessionToken({
      sub: consultantId,
      roles: ['agent'],
      scopes: ['profiles:read', 'profiles:write', 'profiles.documents:write', 'communications:read', 'communications:write'],
    });
  }, 120_000);
  afterAll(async () => {
    await graph?.stop();
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
    removeEmbeddedData(environment);
  });

  it('e-mails the summary in Simplified Chinese with the passport masked, and following the link records the traveller’s own verification by e-mail', async () => {
    const address = `mei.${randomBytes(3).toString('hex')}@example.test`;
    const profileId = await traveller(address, 'zh-CN');
    const { sendProfileSummary } = await ok(SEND, { id: profileId });
    expect(sendProfileSummary).toMatchObject({ language: 'zh', answeredAt: null });

    const mail = await mailTo(address);
    expect(mail.subject).toBe('请核对我们保存的您的个人资料');
    expect(mail.text).toContain('旅行证件');
    expect(mail.text).toContain(address);
    expect(mail.text).toContain('+447700900123');
    expect(mail.text).toMatch(/passport CN \S*432, 有效期至 2031-05-01/);
    expect(mail.text).not.toContain('K98765432');
    expect(mail.text).not.toContain('98765');

    const link = linkIn(mail);
    const form = await fetch(link);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('<form method="post">');
    expect((await verification(profileId)).lastVerifiedAt).toBeNull();

    const confirmed = await post(link, {});
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Your profile is confirmed.');
    expect(await verification(profileId)).toEqual({ lastVerifiedAt: expect.any(String), lastVerifiedBy: profileId, lastVerifiedChannel: 'EMAIL' });

    const again = await post(link, {});
    expect(again.status).toBe(400);
  });

  it('turns a correction into an undertaking of the consultant who sent the summary, without verifying the profile', async () => {
    const address = `ann.${randomBytes(3).toString('hex')}@example.test`;
    const profileId = await traveller(address, null);
    await ok(SEND, { id: profileId });
    const mail = await mailTo(address);
    expect(mail.subject).toBe('Please check the details we hold about you');
    expect(mail.text).toContain('Travel documents (numbers partly hidden)');

    const answered = await post(linkIn(mail), { correction: 'My phone number is now +447700900999.' });
    expect(answered.status).toBe(200);
    expect(await answered.text()).toContain('Your consultant will make the corrections you asked for.');
    const { undertakings } = await ok(UNDERTAKINGS, { filter: { profileId } });
    expect(undertakings.items).toEqual([
      {
        description: 'The traveller asked for corrections to the profile summary sent to them: My phone number is now +447700900999.',
        status: 'OPEN',
        owner: { id: consultantId },
      },
    ]);
    expect((await verification(profileId)).lastVerifiedAt).toBeNull();
  });

  it('does nothing for a tampered or expired link', async () => {
    const address = `tamper.${randomBytes(3).toString('hex')}@example.test`;
    const profileId = await traveller(address, null);
    await ok(SEND, { id: profileId });
    const link = linkIn(await mailTo(address));
    const token = new URL(link).searchParams.get('token')!;
    const [payload, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify(['0197a000-0000-7000-8000-000000000001', Date.now() + 86_400_000])).toString('base64url')}.${signature}`;
    for (const tampered of [`${payload}.${signature.slice(0, -2)}xx`, forged, 'nonsense']) {
      const refused = await post(`${new URL(link).origin}/profile-confirmation?token=${tampered}`, { correction: 'Tampered' });
      expect(refused.status).toBe(400);
    }
    // An expired token is refused by the one signing code every link uses.
    const expired = new SignedTokens(randomBytes(32).toString('base64url'), 'profile-confirmation');
    expect(expired.verify(expired.sign(['x'], Date.now() - 1))).toBeNull();
    expect((await verification(profileId)).lastVerifiedAt).toBeNull();
    expect((await ok(UNDERTAKINGS, { filter: { profileId } })).undertakings.items).toEqual([]);
    // The genuine link still works after the tampered ones did nothing.
    expect((await post(link, {})).status).toBe(200);
  });

  it('refuses without communications:write, and for a traveller with no e-mail address', async () => {
    const reader = await graph.sessionToken({ roles: ['agent'], scopes: ['communications:read'] });
    const profileId = await traveller(`reader.${randomBytes(3).toString('hex')}@example.test`, null);
    expect((await graph.request(SEND, { id: profileId }, { token: reader })).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { createProfile } = await ok('mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: { givenName: 'No', familyName: 'Mail', lawfulBasis: LAWFUL_BASIS },
    });
    const refused = await graph.request(SEND, { id: createProfile.id }, { token });
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', violations: [{ field: 'profileId', rule: 'hasEmail' }] });
  });
});
