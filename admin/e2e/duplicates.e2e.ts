import type { Browser, Page } from 'playwright-core';
import { graphqlAsSignedIn, launchBrowser, signIn } from './console';

const familyName = `Duplicate${Date.now()}`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const createTraveller = async (page: Page, givenName: string, phone: string) =>
  (
    await graphqlAsSignedIn(page, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: {
        givenName,
        familyName,
        dateOfBirth: '1981-07-09',
        emails: [{ address: `${familyName.toLowerCase()}@example.com` }],
        phones: [{ number: phone }],
        lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' },
      },
    })
  ).createProfile.id as string;

const setTags = (page: Page, id: string, tags: string[]) =>
  graphqlAsSignedIn(page, 'mutation($id: ID!, $input: SetProfileTagsInput!) { setProfileTags(id: $id, input: $input) { version } }', {
    id,
    input: { expectedVersion: 1, tags },
  });

describe('duplicates', () => {
  it('a supervisor scans, merges two travellers field by field, and the merged one opens as the survivor', async () => {
    const page = await signIn(browser, 'supervisor');
    const survivorId = await createTraveller(page, 'Inès', '+447700900101');
    const mergedId = await createTraveller(page, 'Ines', '+447700900202');
    await setTags(page, survivorId, ['Golf']);
    await setTags(page, mergedId, ['Wine club']);
    await graphqlAsSignedIn(page, 'mutation($id: ID!, $input: SetProfileFlagsInput!) { setProfileFlags(id: $id, input: $input) { version } }', {
      id: mergedId,
      input: { expectedVersion: 2, vip: true, vipNote: 'Board member' },
    });

    await page.getByRole('menuitem', { name: 'Possible duplicates' }).click();
    await page.getByRole('button', { name: 'Scan for duplicates' }).click();
    await page.getByText(/Scan finished/).waitFor();
    await page.getByRole('row').filter({ hasText: familyName }).first().click();
    await page.waitForURL(/\/duplicateCandidates\/[^/]+\/show$/);

    await page.getByText('Name and date of birth').first().waitFor();
    await page.getByRole('radio', { name: `Profile to keep: Inès ${familyName}` }).check();
    // Each value is a choice: the survivor keeps the other traveller's phone number.
    await page.getByRole('row').filter({ hasText: 'Phone numbers' }).getByText('+447700900202').click();
    // Tags are kept from both by default; the VIP status only the other traveller has comes with it.
    expect(await page.getByRole('radio', { name: 'Tags: Both' }).isChecked()).toBe(true);
    expect(await page.getByRole('cell').filter({ hasText: 'Board member' }).getByRole('radio').isChecked()).toBe(true);
    expect(await page.getByRole('row').filter({ hasText: 'Special needs' }).count()).toBe(1);
    await page.getByRole('radio', { name: 'E-mail addresses: Both' }).check();
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();

    await page.waitForURL(new RegExp(`/profiles/${survivorId}/show$`));
    await page.getByText(`Inès ${familyName}`).first().waitFor();
    await page.getByText('+447700900202').waitFor();
    await page.getByTestId('profile-banner').getByText('Board member').waitFor();
    await page.getByRole('tab', { name: 'Tags & review' }).click();
    await page.getByTestId('profile-tags').getByText('Golf').waitFor();
    await page.getByTestId('profile-tags').getByText('Wine club').waitFor();

    await page.goto(page.url().replace(survivorId, mergedId));
    await page.waitForURL(new RegExp(`/profiles/${survivorId}/show$`));
    await page.getByText(`Inès ${familyName}`).first().waitFor();
    await page.getByText('+447700900202').waitFor();
    expect(await page.getByText('+447700900101').count()).toBe(0);
    await page.context().close();
  });
});
