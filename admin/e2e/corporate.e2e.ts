import type { Browser, Page } from 'playwright-core';
import { graphqlAsSignedIn, launchBrowser, signIn } from './console';

const legalName = `Contoso ${Date.now()}`;
const today = new Date().toISOString().slice(0, 10);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const choose = async (page: Page, label: string, option: string) => {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

describe('corporate accounts and travel policies', () => {
  it('a supervisor edits a policy and sees a traveller move into policy', async () => {
    const page = await signIn(browser, 'supervisor');

    await page.getByRole('menuitem', { name: 'Corporate accounts' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByRole('textbox', { name: 'Legal name' }).fill(legalName);
    await page.locator('.ra-input-departments').getByRole('button', { name: 'Add' }).click();
    await page.locator('.ra-input-departments').getByLabel('Code').fill('SALES');
    await page.locator('.ra-input-departments').getByLabel('Name').fill('Sales');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/corporateAccounts\/[^/]+\/show$/);
    const accountId = /corporateAccounts\/([^/]+)\/show/.exec(page.url())![1];

    const { createProfile } = await graphqlAsSignedIn(page, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id version } }', {
      input: {
        givenName: 'Grace',
        familyName: legalName.replace(/\s/g, ''),
        lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' },
      },
    });
    await graphqlAsSignedIn(page, 'mutation($id: ID!, $input: SetTravelPreferencesInput!) { setTravelPreferences(profileId: $id, input: $input) { id } }', {
      id: createProfile.id,
      input: { expectedVersion: createProfile.version, preferences: [{ category: 'CABIN_CLASS', value: 'BUSINESS', context: 'BUSINESS' }] },
    });
    await graphqlAsSignedIn(page, 'mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }', {
      input: { profileId: createProfile.id, accountId, departmentCode: 'SALES', validFrom: '2026-01-01' },
    });

    await page.getByRole('tab', { name: 'Travel policies' }).click();
    await page.getByRole('link', { name: 'Account policy' }).click();
    await page.getByLabel('Name').fill('Contoso standard');
    await page.getByLabel('In force from').fill('2026-01-01');
    await page.locator('[class*="ra-input-rules.cabinByDuration"]').getByRole('button', { name: 'Add' }).click();
    await page.getByLabel('Flights of at least (hours)').fill('0');
    await choose(page, 'Highest cabin', 'Economy');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/travelPolicies\/[^/]+\/show$/);
    await page.getByText('Flights: up to Economy').first().waitFor();

    await page.goto(page.url().replace(/travelPolicies\/.*$/, `corporateAccounts/${accountId}/show/travellers`));
    await page.getByText('Out of policy (1)').waitFor();

    await page.getByLabel('Only travellers out of policy').check();
    await page.getByRole('link', { name: `Grace ${legalName.replace(/\s/g, '')}` }).waitFor();

    await page.goto(page.url().replace(/corporateAccounts\/.*$/, `profiles/${createProfile.id}/show/compliance`));
    await page.getByTestId('compliance-findings').getByText('the policy allows at most economy, on flights of 0 h or more').waitFor();

    await page.goto(page.url().replace(/profiles\/.*$/, `corporateAccounts/${accountId}/show/policies`));
    await page.getByRole('link', { name: 'Contoso standard' }).click();
    await page.getByRole('link', { name: 'New version' }).click();
    await page.getByLabel('In force from').fill(today);
    await choose(page, 'Highest cabin', 'Business');
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.waitForURL(/\/travelPolicies\/[^/]+\/show$/);
    await page.getByTestId('policy-version').nth(1).waitFor();
    await page.getByText(`From ${today}`).waitFor();

    await page.goto(page.url().replace(/travelPolicies\/.*$/, `corporateAccounts/${accountId}/show/travellers`));
    await page.getByText('In policy', { exact: true }).waitFor();
    await page.getByLabel('Only travellers out of policy').check();
    await page.getByRole('link', { name: `Grace ${legalName.replace(/\s/g, '')}` }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('shows the demo accounts with their manager by name, and a supervisor links a traveller and ends the link', async () => {
    const page = await signIn(browser, 'supervisor');
    const familyName = `Linked${Date.now()}`;
    await graphqlAsSignedIn(page, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: { givenName: 'Hedy', familyName, lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' } },
    });

    await page.getByRole('menuitem', { name: 'Corporate accounts' }).click();
    await page.getByText('Northwind Traders').click();
    await page.getByText('Sam Supervisor').waitFor();
    await page.getByRole('tab', { name: 'Travellers' }).click();
    await page.getByText('E1000').waitFor();

    await page.getByRole('button', { name: 'Link a traveller' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Traveller' }).fill(familyName);
    await page.getByRole('option', { name: `Hedy ${familyName}` }).click();
    await choose(page, 'Department', 'SALES — Sales');
    await dialog.getByLabel('Employee id').fill('E-777');
    await dialog.getByLabel('From').fill(daysFromToday(-30));
    await dialog.getByRole('button', { name: 'Link a traveller' }).click();
    await page.getByText('Traveller linked').waitFor();
    const row = page.getByRole('row').filter({ hasText: `Hedy ${familyName}` });
    await row.getByText('E-777').waitFor();

    await row.getByRole('button', { name: 'End link' }).click();
    await page.getByRole('dialog').getByLabel('Last day').fill(daysFromToday(-1));
    await page.getByRole('dialog').getByRole('button', { name: 'End link' }).click();
    await page.getByText('Link ended').waitFor();
    await row.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('offers an agent the travellers but no way to link or end a link', async () => {
    const page = await signIn(browser, 'agent');
    await page.getByRole('menuitem', { name: 'Corporate accounts' }).click();
    await page.getByText('Northwind Traders').click();
    await page.getByRole('tab', { name: 'Travellers' }).click();
    await page.getByText('E1000').waitFor();
    expect(await page.getByRole('button', { name: 'Link a traveller' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'End link' }).count()).toBe(0);
    await page.context().close();
  });
});
