import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { graphqlAsSignedIn, launchBrowser, signIn } from './console';

const stamp = Date.now();
const familyName = `Subjectova${stamp}`;
const employeeId = `E-${stamp}`;
const colleagueId = `C-${stamp}`;
const LAWFUL_BASIS = { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'WEB' };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const openDataSubjectTab = async (page: Page) => {
  await page.getByRole('menuitem', { name: 'Travellers' }).click();
  await page.getByPlaceholder('Search').fill(familyName.toLowerCase());
  await page.getByText(`Nora ${familyName}`).click();
  await page.getByRole('tab', { name: 'Data subject' }).click();
};

const reportRow = (page: Page, service: string) => page.getByTestId('data-subject-report').getByRole('row').filter({ hasText: service });

describe('data-subject rights across every service', () => {
  let accountId: string;

  beforeAll(async () => {
    const supervisor = await signIn(browser, 'supervisor');
    const { createProfile } = await graphqlAsSignedIn(supervisor, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: { givenName: 'Nora', familyName, emails: [{ address: `nora.${stamp}@example.com` }], lawfulBasis: LAWFUL_BASIS },
    });
    const { createCorporateAccount } = await graphqlAsSignedIn(
      supervisor,
      'mutation($input: CreateCorporateAccountInput!) { createCorporateAccount(input: $input) { id } }',
      {
        input: { legalName: `Medico ${stamp}`, departments: [{ code: 'MED', name: 'Medical affairs' }] },
      },
    );
    accountId = createCorporateAccount.id;
    const link = (input: Record<string, unknown>) =>
      graphqlAsSignedIn(supervisor, 'mutation($input: LinkTravellerInput!) { linkTraveller(input: $input) { id } }', {
        input: { accountId, validFrom: '2025-01-01', ...input },
      });
    await link({ profileId: createProfile.id, employeeId, grade: 'DIRECTOR', departmentCode: 'MED', travellerType: 'CONTRACTOR' });
    // A colleague who stays, so the account's list is seen loaded after the erasure.
    const colleague = await graphqlAsSignedIn(supervisor, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: { givenName: 'Otto', familyName, lawfulBasis: LAWFUL_BASIS },
    });
    await link({ profileId: colleague.createProfile.id, employeeId: colleagueId });
    await supervisor.context().close();
  });

  const accountTravellers = async () => {
    const page = await signIn(browser, 'supervisor');
    await page.goto(page.url().replace(/#.*$/, `#/corporateAccounts/${accountId}/show/travellers`));
    return page;
  };

  it('the data-protection officer downloads one copy holding every service’s part, the employment included, and no search keys', async () => {
    const page = await signIn(browser, 'dpo');
    await openDataSubjectTab(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download everything held (JSON)' }).click();
    const file = await download;
    const copy = JSON.parse((await readFile((await file.path())!)).toString('utf8'));
    expect(copy.profiles.profile).toMatchObject({ givenName: 'Nora', familyName });
    expect(copy.profiles.profile).not.toHaveProperty('nameKey');
    expect(copy.profiles.profile).not.toHaveProperty('emailKey');
    expect(copy.corporate.employments).toEqual([
      expect.objectContaining({
        accountId,
        employeeId,
        grade: 'DIRECTOR',
        departmentCode: 'MED',
        departmentName: 'Medical affairs',
        travellerType: 'CONTRACTOR',
        validFrom: '2025-01-01',
        validTo: null,
      }),
    ]);
    await reportRow(page, 'Traveller profiles').getByText('Included').waitFor();
    await reportRow(page, 'Corporate accounts').getByText('Included').waitFor();
    await page.context().close();
  });

  it('a service that cannot give its part is named, and nothing incomplete is downloaded', async () => {
    const page = await signIn(browser, 'dpo');
    await openDataSubjectTab(page);
    // The connection to corporate's part drops; the other parts still answer.
    await page.route('**/graphql', (route) =>
      route.request().postDataJSON()?.operationName === 'corporateDataSubjectExport' ? route.abort('connectionrefused') : route.continue(),
    );
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.getByRole('button', { name: 'Download everything held (JSON)' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was downloaded: Corporate accounts could not give its part' }).waitFor();
    await reportRow(page, 'Corporate accounts')
      .getByText(/^Failed: /)
      .waitFor();
    await reportRow(page, 'Traveller profiles').getByText('Included').waitFor();
    expect(downloaded).toBe(false);
    await page.context().close();
  });

  it('erasure reaches every service: the account’s travellers no longer show the traveller', async () => {
    const before = await accountTravellers();
    await before.getByRole('row').filter({ hasText: employeeId }).waitFor();
    await before.context().close();

    const page = await signIn(browser, 'dpo');
    await openDataSubjectTab(page);
    await page.getByRole('button', { name: 'Erase this traveller' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Erase this traveller' }).click();
    await reportRow(page, 'Traveller profiles').getByText('Erased', { exact: true }).waitFor();
    await reportRow(page, 'Corporate accounts').getByText('Erased', { exact: true }).waitFor();
    await page.getByText('This traveller’s personal data has been erased.').waitFor();

    // Again: every service answers that it is done.
    await page.getByRole('button', { name: 'Erase again in every service' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Erase this traveller' }).click();
    await reportRow(page, 'Corporate accounts').getByText('Already erased').waitFor();
    await reportRow(page, 'Traveller profiles').getByText('Already erased').waitFor();
    await page.context().close();

    const after = await accountTravellers();
    await after.getByRole('row').filter({ hasText: colleagueId }).waitFor();
    expect(await after.getByText(employeeId).count()).toBe(0);
    expect(await after.getByText('Erased').count()).toBe(0);
    await after.context().close();
  });
});
