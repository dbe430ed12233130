import type { Browser, Page } from 'playwright-core';
import { graphqlAsSignedIn, launchBrowser, signIn } from './console';

const MEMBERSHIP_NUMBER = `99200${String(Date.now()).slice(-10)}`;
const MASKED = new RegExp(`•+${MEMBERSHIP_NUMBER.slice(-3)}$`);

let browser: Browser;
let travellerId: string;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const openLoyaltyTab = async (page: Page) => {
  await page.goto(page.url().replace(/#.*$/, `#/profiles/${travellerId}/show/loyalty`));
};

const memberships = (page: Page) => page.getByTestId('supplier-memberships');

describe('the Loyalty tab', () => {
  it('an agent records a frequent-flyer membership and sees its number masked and in full', async () => {
    const page = await signIn(browser, 'agent');
    const created = await graphqlAsSignedIn(page, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: { givenName: 'Ayaan', familyName: `Kapoor${Date.now()}`, lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'PHONE' } },
    });
    travellerId = created.createProfile.id;
    await openLoyaltyTab(page);
    await memberships(page).getByText('No supplier memberships recorded.').waitFor();

    await page.getByRole('button', { name: 'Add membership' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Programme').fill('Miles');
    await page.getByRole('option', { name: 'Miles & More' }).click();
    await dialog.getByLabel(/^Number/).fill(MEMBERSHIP_NUMBER);
    await dialog.getByLabel(/^Tier$/).click();
    await page.getByRole('option', { name: 'Senator' }).click();
    await dialog.getByLabel('Tier expires').fill('2031-03-31');
    await dialog.getByLabel(/^Points$/).fill('48200');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Membership saved').waitFor();

    const row = memberships(page).getByRole('row', { name: /Miles & More/ });
    await row.getByText(MASKED).waitFor();
    await row.getByText(MEMBERSHIP_NUMBER, { exact: true }).waitFor();
    await row.getByText('Senator').waitFor();
    await row.getByText('Business').waitFor();
    await page.context().close();
  });

  it('refuses a number that fails the programme’s format, naming the rule, and keeps the dialog open', async () => {
    const page = await signIn(browser, 'agent');
    await openLoyaltyTab(page);
    await page.getByRole('button', { name: 'Add membership' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Programme').fill('Miles');
    await page.getByRole('option', { name: 'Miles & More' }).click();
    await dialog.getByLabel(/^Number/).fill('12345');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText(/at least 15 characters for this programme/).waitFor();
    await page.context().close();
  });

  it('marketing sees the masked number only and no control that writes', async () => {
    const page = await signIn(browser, 'marketing');
    await openLoyaltyTab(page);
    const row = memberships(page).getByRole('row', { name: /Miles & More/ });
    await row.getByText(MASKED).waitFor();
    expect(await page.getByText(MEMBERSHIP_NUMBER, { exact: true }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Full number' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add membership' }).count()).toBe(0);
    expect(await memberships(page).getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await memberships(page).getByRole('button', { name: 'Close' }).count()).toBe(0);
    await page.context().close();
  });

  it('shows the tab’s labels in Simplified Chinese', async () => {
    const page = await signIn(browser, 'agent');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: '旅客' }).waitFor();
    await openLoyaltyTab(page);
    await page.getByRole('tab', { name: '会员' }).waitFor();
    await memberships(page).getByRole('heading', { name: '供应商会员资格' }).waitFor();
    await memberships(page).getByRole('columnheader', { name: '会员计划' }).waitFor();
    await memberships(page).getByRole('columnheader', { name: '等级到期日' }).waitFor();
    await memberships(page)
      .getByRole('row', { name: /Miles & More/ })
      .getByText('商务')
      .waitFor();
    await page.getByRole('button', { name: '添加会员资格' }).waitFor();
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.context().close();
  });
});
