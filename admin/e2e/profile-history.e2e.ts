import type { Browser } from 'playwright-core';
import { graphqlAsSignedIn, launchBrowser, signIn } from './console';

const familyName = `Hopper${Date.now()}`;
const oldPassportNumber = 'H1234567';
const newPassportNumber = 'H7654321';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('profile history', () => {
  it('an agent edits a traveller and sees on the History tab who changed what, with the passport number redacted, in English and Chinese', async () => {
    const page = await signIn(browser, 'agent');
    const { createProfile } = await graphqlAsSignedIn(page, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: {
        givenName: 'Grace',
        familyName,
        department: 'Navy',
        passports: [{ number: oldPassportNumber, issuingCountry: 'US', expiryDate: '2032-01-01' }],
        lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'PHONE' },
      },
    });
    await page.goto(page.url().replace(/#.*$/, `#/profiles/${createProfile.id}`));
    await page.getByLabel('Department').fill('Research');
    await page.getByLabel('New passport number').fill(newPassportNumber);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/show$/);

    await page.getByRole('tab', { name: 'History' }).click();
    const updates = page.getByRole('row').filter({ hasText: 'updateProfile' });
    const department = updates.filter({ hasText: 'Department' });
    await department.getByText('Navy', { exact: true }).waitFor();
    await department.getByText('Research', { exact: true }).waitFor();
    await department.getByText('Alex Agent').waitFor();
    const passportNumber = updates.filter({ hasText: 'Passport' });
    await passportNumber.getByText('number', { exact: true }).waitFor();
    expect(await passportNumber.getByText('Redacted').count()).toBe(2);
    expect(await page.getByText(/H1234567|H7654321/).count()).toBe(0);
    // Newest first: this edit above the creation.
    const operations = await page.getByRole('row').allInnerTexts();
    expect(operations.findIndex((row) => row.includes('updateProfile'))).toBeLessThan(operations.findIndex((row) => row.includes('createProfile')));

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByRole('tab', { name: '变更历史' }).waitFor();
    expect(await passportNumber.getByText('已隐去').count()).toBe(2);
    await page.context().close();
  });
});
