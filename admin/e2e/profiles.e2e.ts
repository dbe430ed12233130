import type { Browser, Page } from 'playwright-core';
import { consoleUrl, graphqlAsSignedIn, launchBrowser, signIn } from './console';

const familyName = `Lovelace${Date.now()}`;
const passportNumber = 'X1234567';
const maskedPassport = '•••567';

let browser: Browser;
let travellerUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const fieldRow = (page: Page, arraySource: string) => page.locator(`.ra-input-${arraySource}`);

describe('travellers', () => {
  it('an agent creates a traveller with an e-mail, phone, native-script name, emergency contact and passport and sees the full passport number', async () => {
    const page = await signIn(browser, 'agent');
    await page.getByRole('menuitem', { name: 'Travellers' }).click();
    await page.getByRole('link', { name: 'Create' }).click();

    await page.getByLabel('Given name').fill('Ada');
    await page.getByLabel('Family name').fill(familyName);
    await page.getByLabel('Date of birth').fill('1985-04-12');
    await page.getByLabel('Department').fill('Engineering');
    await page.getByLabel('Name in native script').fill('阿达·洛夫莱斯');
    await page.getByLabel('Preferred language').fill('en-GB');

    await fieldRow(page, 'emails').getByRole('button', { name: 'Add' }).click();
    await fieldRow(page, 'emails').getByLabel('E-mail address').fill('ada@example.com');
    await fieldRow(page, 'phones').getByRole('button', { name: 'Add' }).click();
    await fieldRow(page, 'phones').getByLabel('Phone number').fill('+447700900123');
    await fieldRow(page, 'emergencyContacts').getByRole('button', { name: 'Add' }).click();
    await fieldRow(page, 'emergencyContacts').getByLabel(/^Name/).fill('Lord Byron');
    await fieldRow(page, 'emergencyContacts').getByLabel('Phone number').fill('+447700900999');
    await fieldRow(page, 'passports').getByRole('button', { name: 'Add' }).click();
    const passport = fieldRow(page, 'passports');
    await passport.getByLabel('Passport number').fill(passportNumber);
    await passport.getByLabel('Issuing country').fill('GB');
    await passport.getByLabel('Expiry date').fill('2031-02-02');
    await page.getByLabel('Collected through').click();
    await page.getByRole('option', { name: 'In person' }).click();
    await page.getByRole('button', { name: 'Save' }).click();

    await page.waitForURL(/\/profiles\/[^/]+\/show$/);
    travellerUrl = page.url();
    await page.getByText(`Ada ${familyName}`).first().waitFor();
    await page.getByText('ada@example.com').waitFor();
    await page.getByText('+447700900123').waitFor();
    await page.getByText('1985-04-12').waitFor();
    await page.getByText('阿达·洛夫莱斯').waitFor();
    await page.getByRole('row').filter({ hasText: 'Lord Byron' }).getByText('+447700900999').waitFor();
    await page.getByRole('tab', { name: 'Travel documents' }).click();
    await page.getByText(maskedPassport).waitFor();
    await page.getByText(passportNumber, { exact: true }).waitFor();
    await page.context().close();
  });

  it('a traveller with nothing but a name shows each empty list in words saying what is empty', async () => {
    const page = await signIn(browser, 'agent');
    const { createProfile } = await graphqlAsSignedIn(page, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: { givenName: 'Nobody', familyName: `Empty${Date.now()}`, lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' } },
    });
    await page.goto(page.url().replace(/#.*$/, `#/profiles/${createProfile.id}/show`));
    for (const text of ['No e-mail addresses recorded', 'No phone numbers recorded', 'No addresses recorded', 'No emergency contacts recorded']) {
      await page.getByText(text).waitFor();
    }
    await page.getByRole('tab', { name: 'Travel documents' }).click();
    await page.getByText('None recorded').first().waitFor();
    expect(await page.getByText(/No Travellers found/i).count()).toBe(0);
    await page.context().close();
  });

  it('an agent changes the department and sees the change', async () => {
    const page = await signIn(browser, 'agent');
    await page.goto(travellerUrl);
    await page.getByRole('link', { name: 'Edit' }).click();

    await page.getByLabel('Department').fill('Research');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.waitForURL(/\/show$/);
    await page.getByText('Research', { exact: true }).waitFor();
    await page.context().close();
  });

  it('shows the server’s validation message on the phone field', async () => {
    const page = await signIn(browser, 'agent');
    await page.goto(travellerUrl.replace(/\/show$/, ''));

    await fieldRow(page, 'phones').getByLabel('Phone number').fill('12345');
    await page.getByRole('button', { name: 'Save' }).click();

    await fieldRow(page, 'phones').getByText('must be in E.164 format').waitFor();
    expect(page.url()).not.toMatch(/\/show$/);
    await page.context().close();
  });

  it('marketing sees neither the date of birth nor the full passport number, and cannot create or edit', async () => {
    const page = await signIn(browser, 'marketing');
    await page.getByRole('menuitem', { name: 'Travellers' }).click();
    await page.getByRole('textbox', { name: 'Search' }).fill(familyName);
    expect(await page.getByRole('link', { name: 'Create' }).count()).toBe(0);
    const travellerRow = page.getByRole('row').filter({ hasText: familyName });
    await travellerRow.waitFor();
    await page.getByRole('row').nth(2).waitFor({ state: 'detached' });
    await travellerRow.click();
    await page.waitForURL(travellerUrl);
    await page.getByText('ada@example.com').waitFor();
    expect(await page.getByText('Date of birth').count()).toBe(0);
    expect(await page.getByText('1985-04-12').count()).toBe(0);
    await page.getByRole('tab', { name: 'Travel documents' }).click();
    await page.getByText(maskedPassport).waitFor();
    expect(await page.getByText(passportNumber, { exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await page.context().close();
  });

  it('a stale edit is refused with a conflict message instead of overwriting the other change', async () => {
    const editUrl = travellerUrl.replace(/\/show$/, '');
    const first = await signIn(browser, 'agent');
    await first.goto(editUrl);
    await first.getByLabel('Department').waitFor();

    const second = await signIn(browser, 'supervisor');
    await second.goto(editUrl);
    await second.getByLabel('Department').fill('Finance');
    await second.getByRole('button', { name: 'Save' }).click();
    await second.waitForURL(/\/show$/);

    await first.getByLabel('Department').fill('Marketing');
    await first.getByRole('button', { name: 'Save' }).click();
    await first.getByText('This traveller was changed by someone else').waitFor();

    await first.goto(travellerUrl);
    await first.getByText('Finance', { exact: true }).waitFor();
    await first.context().close();
    await second.context().close();
  });
});

describe('console', () => {
  it('refuses a wrong password with the API’s message', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(consoleUrl());
    await page.getByRole('textbox', { name: 'Username' }).fill('agent');
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong username or password').waitFor();
    expect(await page.getByRole('textbox', { name: 'Username' }).isVisible()).toBe(true);
    await context.close();
  });
});
