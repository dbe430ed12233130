import type { Browser } from 'playwright-core';
import { launchBrowser, recordSpecialCategoryConsent, signIn } from './console';

const familyName = `Okonkwo${Date.now()}`;

let browser: Browser;
let travellerUrl: string;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('special-category preferences', () => {
  it('an agent records explicit consent and a vegan meal, and sees an airline outside the offer flagged', async () => {
    const page = await signIn(browser, 'agent');
    await page.getByRole('menuitem', { name: 'Travellers' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.getByLabel('Given name').fill('Chidi');
    await page.getByLabel('Family name').fill(familyName);
    await page.getByLabel('Collected through').click();
    await page.getByRole('option', { name: 'Phone' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/profiles\/[^/]+\/show$/);
    travellerUrl = page.url();

    await recordSpecialCategoryConsent(page);

    await page.getByRole('tab', { name: 'Preferences' }).click();
    await page.getByRole('button', { name: 'Edit travel preferences' }).click();
    const travel = page.getByRole('dialog');
    await travel.getByRole('button', { name: 'Add' }).click();
    await travel.getByLabel('Category').click();
    await page.getByRole('option', { name: 'Airline', exact: true }).click();
    await travel.getByLabel('Preference').fill('ek');
    await travel.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Airline EK is not in our offer').waitFor();

    await page.getByRole('button', { name: 'Edit needs' }).click();
    const needs = page.getByRole('dialog');
    await needs.getByRole('button', { name: 'Add' }).click();
    await needs.getByLabel('Category').click();
    await page.getByRole('option', { name: 'Diet (meal)' }).click();
    await needs.getByLabel('Preference').click();
    await page.getByRole('option', { name: 'Vegan (VGML)' }).click();
    await needs.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Preferences saved').waitFor();
    await page.getByText('Vegan (VGML)').waitFor();
    await page.context().close();
  });

  it('marketing sees the travel preferences but not the diet, mobility, visual or hearing needs', async () => {
    const page = await signIn(browser, 'marketing');
    await page.goto(travellerUrl);
    await page.getByRole('tab', { name: 'Preferences' }).click();
    await page.getByText('Airline EK is not in our offer').waitFor();
    expect(await page.getByText('Vegan (VGML)').count()).toBe(0);
    expect(await page.getByText('Diet, mobility, visual and hearing needs').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit travel preferences' }).count()).toBe(0);
    await page.context().close();
  });
});
