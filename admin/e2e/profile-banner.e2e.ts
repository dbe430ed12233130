import type { Browser } from 'playwright-core';
import { launchBrowser, recordSpecialCategoryConsent, signIn } from './console';

const familyName = `Adeyemi${Date.now()}`;

let browser: Browser;
let travellerUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('VIP and special-needs banner', () => {
  it('an agent records special-category consent, flags a VIP with special needs and tags them; the banner shows whenever the profile is opened', async () => {
    const page = await signIn(browser, 'agent');
    await page.getByText('Profiles to verify').waitFor();
    await page.getByRole('menuitem', { name: 'Travellers' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByLabel('Given name').fill('Tola');
    await page.getByLabel('Family name').fill(familyName);
    await page.getByLabel('Collected through').click();
    await page.getByRole('option', { name: 'Phone' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/profiles\/[^/]+\/show$/);
    travellerUrl = page.url();
    expect(await page.getByTestId('profile-banner').count()).toBe(0);

    await recordSpecialCategoryConsent(page);
    await page.getByRole('tab', { name: 'Tags & review' }).click();
    await page.getByRole('button', { name: 'Edit flags' }).click();
    const flags = page.getByRole('dialog');
    await flags.getByLabel('VIP', { exact: true }).check();
    await flags.getByLabel('VIP note').fill('Chairs our largest corporate account');
    await flags.getByLabel('Special needs').check();
    await flags.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Flags saved').waitFor();

    await page.getByRole('button', { name: 'Edit tags' }).click();
    await page.getByRole('dialog').getByLabel('Tags').fill('Golf, Wine club');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('profile-tags').getByText('Wine club').waitFor();
    await page.getByTestId('profile-segments').getByText('VIP').waitFor();

    await page.goto(travellerUrl);
    const banner = page.getByTestId('profile-banner');
    await banner.getByText('VIP traveller').waitFor();
    await banner.getByText('Chairs our largest corporate account').waitFor();
    await banner.getByText('Special needs').waitFor();
    await page.context().close();
  });

  it('marketing sees the VIP banner but not the special needs', async () => {
    const page = await signIn(browser, 'marketing');
    await page.goto(travellerUrl);
    await page.getByTestId('profile-banner').getByText('VIP traveller').waitFor();
    expect(await page.getByTestId('profile-banner').getByText('Special needs').count()).toBe(0);
    await page.context().close();
  });

  it('withdrawing the special-category consent takes the special needs off the banner at once', async () => {
    const page = await signIn(browser, 'agent');
    await page.goto(travellerUrl);
    await page.getByTestId('profile-banner').getByText('Special needs').waitFor();
    await page.getByRole('tab', { name: 'Consents' }).click();
    await page.getByRole('row').filter({ hasText: 'Diet, mobility, visual and hearing needs' }).getByRole('button', { name: 'Withdraw' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Consent withdrawn').waitFor();
    await page.getByTestId('profile-banner').getByText('Special needs').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('profile-banner').getByText('VIP traveller').waitFor();
    expect(await page.getByTestId('profile-banner').getByText('Special needs').count()).toBe(0);
    await page.context().close();
  });
});
