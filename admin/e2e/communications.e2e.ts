import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Browser, Page } from 'playwright-core';
import { campaignSmtpPort, consoleUrl, graphqlAsSignedIn, launchBrowser, openMenu, signIn } from './console';

const RUN = String(Date.now()).slice(-8);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const createTraveller = async (page: Page, givenName: string, extra: Record<string, unknown> = {}): Promise<{ id: string; version: number }> => {
  const created = await graphqlAsSignedIn(page, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }', {
    input: {
      givenName,
      familyName: `Comms${RUN}`,
      lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'PHONE' },
      ...extra,
    },
  });
  return created.createProfile;
};

const openProfileTab = (page: Page, profileId: string, tab: string) => page.goto(`${consoleUrl()}/#/profiles/${profileId}/show/${tab}`);

const timeline = (page: Page) => page.getByTestId('profile-timeline');

/** The quick call entry from the Timeline tab, recorded with the customer's agreement. */
const logRecordedCall = async (page: Page, summary: string) => {
  await page.getByRole('button', { name: 'Log a call' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Telephone').waitFor();
  await dialog.getByLabel('Summary').fill(summary);
  await dialog.getByLabel('Outcome').fill('Quote sent by e-mail');
  await dialog.getByLabel('Duration (minutes)').fill('7');
  await dialog.getByLabel('The call is recorded').check();
  await dialog.getByLabel('The customer was told and agreed').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  return dialog;
};

describe('communications in the console', () => {
  it('refuses a recorded call without the traveller’s call-recording consent, and logs it once the consent is on the Consents tab', async () => {
    const page = await signIn(browser, 'agent');
    const traveller = await createTraveller(page, 'Ravi');
    // A confidential call an agent may not read: the timeline shows it as such instead of failing.
    await graphqlAsSignedIn(page, 'mutation($input: LogInteractionInput!) { logInteraction(input: $input) { id } }', {
      input: { profileId: traveller.id, channel: 'EMAIL', direction: 'INBOUND', requirement: 'COMPLAINT', summary: 'Health details', confidential: true },
    });
    await openProfileTab(page, traveller.id, 'timeline');
    await timeline(page).getByText('Confidential: the summary and outcome are shown only').waitFor();
    expect(await timeline(page).getByText('Health details').count()).toBe(0);

    const refused = await logRecordedCall(page, 'Asked about Kyoto in April');
    await refused.getByRole('alert').getByText('the traveller has not consented to call recording').waitFor();
    await refused.getByRole('button', { name: 'Cancel' }).click();
    expect(await timeline(page).getByText('Asked about Kyoto in April').count()).toBe(0);

    await page.getByRole('tab', { name: 'Consents' }).click();
    await page.getByRole('button', { name: 'Record consent' }).click();
    const consent = page.getByRole('dialog');
    await consent.getByLabel('Purpose').click();
    await page.getByRole('option', { name: 'Call recording' }).click();
    await consent.getByLabel('Legal basis').click();
    await page.getByRole('option', { name: 'Consent', exact: true }).click();
    await consent.getByLabel('Collected through').click();
    await page.getByRole('option', { name: 'Phone' }).click();
    await consent.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Consent recorded').waitFor();

    await page.getByRole('tab', { name: 'Timeline' }).click();
    await logRecordedCall(page, 'Asked about Kyoto in April');
    await page.getByText('Call logged').waitFor();
    const row = timeline(page).getByRole('row', { name: /Asked about Kyoto in April/ });
    await row.getByText('Recorded').waitFor();
    await row.getByText('Telephone').waitFor();
    await row.getByText('Alex Agent').waitFor();
    await row.getByText('7 minutes', { exact: false }).waitFor();

    // Referred to a team with the reason given to the customer; a colleague takes it from My work.
    const team = `VISAS${RUN}`;
    await row.getByRole('button', { name: 'Refer' }).click();
    const referral = page.getByRole('dialog');
    await referral.getByLabel('Refer to team').fill(team);
    await referral.getByLabel('Reason given to the customer').fill('Our visa desk will call back today');
    await referral.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Conversation referred').waitFor();
    const colleague = await signIn(browser, 'supervisor');
    await openMenu(colleague, 'My work');
    await colleague.getByLabel('My team’s referrals (team code)').fill(team);
    await colleague.getByLabel('My team’s referrals (team code)').blur();
    const referred = colleague.getByRole('row', { name: /Our visa desk will call back today/ });
    await referred.getByText('Alex Agent').waitFor();
    await referred.getByRole('button', { name: 'Accept' }).click();
    await colleague.getByText('Referral accepted').waitFor();
    const accepted = colleague.getByRole('row', { name: /Our visa desk will call back today.*Accepted/ });
    await accepted.getByText('Sam Supervisor').waitFor();
    await colleague.context().close();

    await timeline(page).getByRole('combobox', { name: 'Channel' }).click();
    await page.getByRole('option', { name: 'Telephone' }).click();
    await timeline(page).getByText('Confidential: the summary and outcome are shown only').waitFor({ state: 'detached' });
    await row.waitFor();
    await page.context().close();
  });

  it('asks for the delay explanation when an overdue undertaking is completed from My work', async () => {
    const page = await signIn(browser, 'agent');
    const traveller = await createTraveller(page, 'Mei');
    const description = `Call back with the visa answer ${RUN}`;
    // Promised a few seconds ahead (the API refuses a time already past), then let it pass.
    const dueAt = new Date(Date.now() + 3_000);
    const created = await graphqlAsSignedIn(page, 'mutation($input: CreateUndertakingInput!) { createUndertaking(input: $input) { id } }', {
      input: { profileId: traveller.id, description, dueAt: dueAt.toISOString() },
    });
    await new Promise((done) => setTimeout(done, Math.max(0, dueAt.getTime() - Date.now()) + 500));

    await openMenu(page, 'My work');
    const row = page.getByRole('row', { name: new RegExp(description) });
    await row.getByText('Overdue').waitFor();
    await row.getByRole('button', { name: 'Done' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('has passed: record the explanation of the delay').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.getByText('Required').waitFor();
    await dialog.getByLabel('Explanation given to the traveller').fill('The consulate needed two more days; told her on the phone');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Undertaking done').waitFor();
    await row.waitFor({ state: 'detached' });

    const stored = await graphqlAsSignedIn(page, 'query($id: ID!) { undertaking(id: $id) { status delayNote customerTold customerToldAt } }', {
      id: created.createUndertaking.id,
    });
    expect(stored.undertaking).toEqual({
      status: 'DONE',
      delayNote: 'The consulate needed two more days; told her on the phone',
      customerTold: true,
      customerToldAt: expect.any(String),
    });
    await page.context().close();
  });

  it('takes a complaint through its workflow, offering only the moves it allows, to resolution and the satisfaction follow-up', async () => {
    const page = await signIn(browser, 'agent');
    const traveller = await createTraveller(page, 'Sofia');
    const subject = `Transfer never came ${RUN}`;
    await openProfileTab(page, traveller.id, 'timeline');
    await page.getByRole('button', { name: 'Open complaint' }).click();
    const opening = page.getByRole('dialog');
    await opening.getByLabel('Subject').fill(subject);
    await opening.getByLabel('What the traveller complains of').fill('Waited two hours at Lisbon airport');
    await opening.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Complaint opened').waitFor();

    await openMenu(page, 'Complaints');
    await page.getByRole('row', { name: new RegExp(subject) }).click();
    const actions = page.getByTestId('complaint-actions');
    // The show page, not the list it was opened from (whose rows have clocks too).
    await actions.waitFor();
    await page
      .getByTestId('complaint-clocks')
      .getByText(/^Acknowledge by /)
      .waitFor();

    const move = async (button: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) => {
      await actions.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog');
      await fill?.(dialog);
      await dialog.getByRole('button', { name: button }).click();
      await page.getByText('Complaint updated').waitFor();
      await dialog.waitFor({ state: 'detached' });
    };
    expect(await actions.getByRole('button').allTextContents()).toEqual(['Acknowledge']);
    await move('Acknowledge');
    await page
      .getByTestId('complaint-clocks')
      .getByText(/^Acknowledged /)
      .waitFor();
    await actions.getByRole('button', { name: 'Investigate' }).waitFor();
    expect(await actions.getByRole('button', { name: 'Resolve' }).count()).toBe(0);
    await move('Investigate', async (dialog) => dialog.getByLabel('Note for the record').fill('Asked the transfer company for its log'));
    await move('Resolve', async (dialog) => {
      await dialog.getByRole('button', { name: 'Resolve' }).click();
      await dialog.getByText('Required').waitFor();
      await dialog.getByLabel('Resolution').fill('Refunded the transfer and a taxi');
    });
    await page.getByTestId('complaint-resolution').getByText('Refunded the transfer and a taxi').waitFor();
    await page.getByText('Ask the traveller how satisfied they are by').waitFor();

    await actions.getByRole('button', { name: 'Record satisfaction' }).click();
    const satisfaction = page.getByRole('dialog');
    await satisfaction.getByLabel('Satisfaction').click();
    await page.getByRole('option', { name: 'Satisfied', exact: true }).click();
    await satisfaction.getByLabel('Traveller’s comment').fill('Quick refund');
    await satisfaction.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Satisfaction recorded').waitFor();
    await page.getByTestId('complaint-satisfaction').getByText('Satisfaction: Satisfied Quick refund').waitFor();
    expect(await actions.getByRole('button').allTextContents()).toEqual(['Close', 'Reopen']);

    await openProfileTab(page, traveller.id, 'timeline');
    await timeline(page).getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Complaint' }).click();
    const entry = timeline(page).getByRole('row', { name: new RegExp(subject) });
    await entry.getByText('Resolved').waitFor();
    await entry.getByText('Alex Agent').waitFor();
    await page.context().close();
  });

  describe('a campaign e-mail’s unsubscribe link', () => {
    const received: ParsedMail[] = [];
    let smtp: SMTPServer;

    beforeAll(async () => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((mail) => {
              received.push(mail);
              callback();
            })
            .catch(callback);
        },
      });
      await new Promise<void>((resolve) => smtp.listen(campaignSmtpPort(), '127.0.0.1', resolve));
      expect((smtp.server.address() as AddressInfo).port).toBe(campaignSmtpPort());
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => smtp?.close(resolve));
    });

    it('withdraws the traveller’s e-mail marketing consent, shown on the Consents tab', async () => {
      const agent = await signIn(browser, 'agent');
      const tag = `spring-${RUN}`;
      const address = `lena.${RUN}@example.test`;
      const traveller = await createTraveller(agent, 'Lena', { preferredLanguage: 'en', emails: [{ address, isDefault: true }] });
      const tagged = await graphqlAsSignedIn(agent, 'mutation($id: ID!, $input: SetProfileTagsInput!) { setProfileTags(id: $id, input: $input) { version } }', {
        id: traveller.id,
        input: { expectedVersion: traveller.version, tags: [tag] },
      });
      await graphqlAsSignedIn(agent, 'mutation($id: ID!, $input: RecordConsentInput!) { recordConsent(profileId: $id, input: $input) { id } }', {
        id: traveller.id,
        input: {
          purpose: 'MARKETING_EMAIL',
          legalBasis: 'CONSENT',
          noticeVersion: '2026-01',
          channel: 'PHONE',
          expectedVersion: tagged.setProfileTags.version,
        },
      });

      const marketing = await signIn(browser, 'marketing');
      await openMenu(marketing, 'Campaigns');
      await marketing.getByRole('link', { name: 'Create' }).click();
      await marketing.getByLabel('Name').fill(`Spring in Kyoto ${RUN}`);
      await marketing.getByLabel('Tags').fill(tag);
      await marketing.getByLabel('Subject').fill('Cherry blossom departures');
      await marketing.getByLabel('Message').fill('Dear {{name}}, our April departures to Kyoto are open.');
      await marketing.getByRole('button', { name: 'Save' }).click();

      const dryRun = marketing.getByTestId('campaign-dry-run');
      await dryRun.getByText('Would reach 1 traveller').waitFor();
      await dryRun.getByText(`Lena Comms${RUN}`).waitFor();
      await marketing.getByRole('button', { name: 'Send now' }).click();
      await marketing.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
      await marketing.getByText('Sending started').waitFor();

      const deadline = Date.now() + 20_000;
      while (!received.some((mail) => mail.subject === 'Cherry blossom departures') && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 200));
      const mail = received.find((candidate) => candidate.subject === 'Cherry blossom departures');
      expect(JSON.stringify(mail?.to)).toContain(address);
      expect(mail?.text).toContain('Dear Lena, our April departures');
      const link = mail?.text?.match(/https?:\/\/\S+\/unsubscribe\?token=\S+/)?.[0];
      expect(link).toBeDefined();

      await marketing.reload();
      await marketing.getByTestId('campaign-delivery').getByText('Sent: 1').waitFor();
      await marketing
        .getByTestId('campaign-delivery')
        .getByRole('row', { name: new RegExp(`Lena Comms${RUN}`) })
        .getByText('Sent', { exact: true })
        .waitFor();

      // The traveller follows the link in a browser of their own, with no session.
      const inbox = await browser.newPage();
      await inbox.goto(link!);
      await inbox.getByText('You are unsubscribed').waitFor();
      await inbox.close();

      await openProfileTab(agent, traveller.id, 'consents');
      await agent.getByText('no channel').waitFor();
      // The withdrawal is a record of its own, made through the link; the consent given by phone is no longer in force.
      await agent.getByRole('row', { name: /Marketing by e-mail.*unsubscribe-link/ }).waitFor();
      expect(
        await agent
          .getByRole('row', { name: /Marketing by e-mail/ })
          .getByRole('button', { name: 'Withdraw' })
          .count(),
      ).toBe(0);
      await agent.context().close();
      await marketing.context().close();
    });
  });
});
