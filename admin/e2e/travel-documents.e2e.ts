import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openMenu, signIn } from './console';

const visaNumber = `V${String(Date.now()).slice(-8)}`;
const maskedVisa = `•••${visaNumber.slice(-3)}`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let browser: Browser;
let travellerUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const openTravellers = (page: Page) => openMenu(page, 'Travellers');

const openFirstTraveller = async (page: Page) => {
  await page.getByRole('row').nth(1).click();
  await page.waitForURL(/\/profiles\/[^/]+\/show$/);
};

describe('travel documents', () => {
  it('an agent adds a visa; an expired one is refused on its field, a current one is shown in full', async () => {
    const page = await signIn(browser, 'agent');
    await openTravellers(page);
    await openFirstTraveller(page);
    travellerUrl = page.url();
    await page.getByRole('tab', { name: 'Travel documents' }).click();
    await page.getByRole('button', { name: 'Edit visas' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await dialog.getByLabel('Visa number').fill(visaNumber);
    await dialog.getByLabel('Country (ISO code)').fill('US');
    await dialog.getByLabel('Entries').click();
    await page.getByRole('option', { name: 'Multiple entry' }).click();
    await dialog.getByLabel('Valid from').fill(inDays(-400));
    await dialog.getByLabel('Valid until').fill(inDays(-1));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('an expired visa cannot be entered as current').waitFor();

    await dialog.getByLabel('Valid until').fill(inDays(365));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(visaNumber, { exact: true }).waitFor();
    await page.getByText(maskedVisa).waitFor();
    await page.context().close();
  });

  it('finds the traveller by the visa number on the travellers list', async () => {
    const page = await signIn(browser, 'agent');
    await openTravellers(page);
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menu').getByText('Document number').click();
    await page.getByLabel('Document number').fill(visaNumber.toLowerCase());
    await page.getByRole('row').nth(2).waitFor({ state: 'detached' });
    await openFirstTraveller(page);
    expect(page.url()).toBe(travellerUrl);
    await page.context().close();
  });

  it('marketing sees the visa number masked and cannot edit documents', async () => {
    const page = await signIn(browser, 'marketing');
    await page.goto(travellerUrl.replace(/\/show$/, '/show/documents'));
    await page.getByText(maskedVisa).waitFor();
    expect(await page.getByText(visaNumber, { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit visas' }).count()).toBe(0);
    await page.context().close();
  });
});
