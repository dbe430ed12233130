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
    await dialog.getByLabel(/^Membership number/).fill(MEMBERSHIP_NUMBER);
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
    await dialog.getByLabel(/^Membership number/).fill('12345');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText(/at least 15 characters for this programme/).waitFor();
    await page.context().close();
  });

  it('enrolment is refused without consent to the scheme’s terms, and succeeds once it is recorded', async () => {
    const page = await signIn(browser, 'agent');
    await openLoyaltyTab(page);
    const scheme = page.getByTestId('loyalty-scheme');
    await scheme.getByText('Not a member of our scheme.').waitFor();
    await scheme.getByRole('button', { name: 'Enrol' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/needs the traveller’s consent to the scheme’s terms/).waitFor();
    await dialog.getByRole('button', { name: 'Enrol' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/has not consented to the scheme’s terms/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('tab', { name: 'Consents' }).click();
    await page.getByRole('button', { name: 'Record consent' }).click();
    const consent = page.getByRole('dialog');
    await consent.getByLabel('Purpose').click();
    await page.getByRole('option', { name: 'Loyalty scheme terms' }).click();
    await consent.getByLabel('Legal basis').click();
    await page.getByRole('option', { name: 'Consent', exact: true }).click();
    await consent.getByLabel('Collected through').click();
    await page.getByRole('option', { name: 'Phone' }).click();
    await consent.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Consent recorded').waitFor();

    await page.getByRole('tab', { name: 'Loyalty' }).click();
    await scheme.getByRole('button', { name: 'Enrol' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Enrol' }).click();
    await page.getByText('Enrolled in the scheme').waitFor();
    await scheme.getByTestId('scheme-tier').getByText('Blue').waitFor();
    await scheme.getByTestId('scheme-nextTier').getByText('Silver').waitFor();
    await scheme.getByTestId('scheme-availablePoints').getByText('0', { exact: true }).waitFor();
    expect(await scheme.getByRole('button', { name: 'Adjust points' }).count()).toBe(0);
    await page.context().close();
  });

  it('a supervisor adds points with a reason; a redemption through the dialog lowers the balance and heads the statement', async () => {
    const page = await signIn(browser, 'supervisor');
    await openLoyaltyTab(page);
    const scheme = page.getByTestId('loyalty-scheme');
    await scheme.getByRole('button', { name: 'Adjust points' }).click();
    const adjust = page.getByRole('dialog');
    await adjust.getByLabel(/^Points to add or deduct/).fill('3000');
    await adjust.getByRole('button', { name: 'Save' }).click();
    await adjust.getByText('Required').waitFor();
    await adjust.getByLabel(/^Reason/).fill('Goodwill for a cancelled flight');
    await adjust.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Points adjusted').waitFor();
    await scheme.getByTestId('scheme-availablePoints').getByText('3,000').waitFor();

    await scheme.getByRole('button', { name: 'Redeem' }).click();
    const redeem = page.getByRole('dialog');
    await redeem.getByText('3,000 points available now.').waitFor();
    await redeem.getByLabel(/^Reward/).click();
    await page.getByRole('option', { name: 'Airport lounge pass (2,500 points)' }).click();
    await redeem.getByRole('button', { name: 'Redeem' }).click();
    await page.getByText('Points redeemed').waitFor();
    await scheme.getByTestId('scheme-availablePoints').getByText('500', { exact: true }).waitFor();
    await scheme.getByTestId('scheme-usedPoints').getByText('2,500').waitFor();

    const statement = page.getByTestId('loyalty-statement');
    const rows = statement.getByRole('row');
    await rows.nth(1).getByText('Redeemed').waitFor();
    await rows.nth(1).getByText('-2,500').waitFor();
    await rows.nth(1).getByText('Airport lounge pass').waitFor();
    await rows.nth(2).getByText('Adjusted').waitFor();
    await rows.nth(2).getByText('+3,000').waitFor();
    await rows.nth(2).getByText('Goodwill for a cancelled flight').waitFor();

    await scheme.getByRole('button', { name: 'Redeem' }).click();
    const tooMuch = page.getByRole('dialog');
    await tooMuch.getByLabel('A number of points').check();
    await tooMuch.getByLabel(/^Points/).fill('501');
    await tooMuch.getByRole('button', { name: 'Redeem' }).click();
    await tooMuch.getByText('501 points is more than the 500 available').waitFor();
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
    const scheme = page.getByTestId('loyalty-scheme');
    await scheme.getByTestId('scheme-availablePoints').getByText('500', { exact: true }).waitFor();
    for (const control of ['Enrol', 'Redeem', 'Adjust points']) expect(await scheme.getByRole('button', { name: control }).count()).toBe(0);
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
    const scheme = page.getByTestId('loyalty-scheme');
    await scheme.getByRole('heading', { name: '我们的会员积分计划' }).waitFor();
    await scheme.getByTestId('scheme-availablePoints').getByText('可用').waitFor();
    await scheme.getByRole('button', { name: '兑换' }).waitFor();
    await page.getByTestId('loyalty-statement').getByText('兑换', { exact: true }).waitFor();
    await page.getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.context().close();
  });

  it('the Loyalty menu: the scheme in force, and members filtered by tier leading to the traveller', async () => {
    const page = await signIn(browser, 'admin');
    await page.getByRole('menuitem', { name: 'Loyalty scheme' }).click();
    const current = page.getByTestId('scheme-current');
    await current.getByText('In force').waitFor();
    await current.getByRole('cell', { name: 'Silver' }).waitFor();
    await current.getByRole('button', { name: 'Revise' }).waitFor();

    await page.getByRole('menuitem', { name: 'Loyalty members' }).click();
    await page.getByLabel('Tier').click();
    await page.getByRole('option', { name: 'Blue' }).click();
    await page.getByRole('link', { name: /^Ayaan Kapoor/ }).click();
    await page.waitForURL(new RegExp(`/profiles/${travellerId}/show/loyalty$`));
    await page.getByTestId('loyalty-scheme').getByTestId('scheme-availablePoints').getByText('500', { exact: true }).waitFor();
    await page.context().close();
  });
});
