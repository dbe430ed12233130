import { chromium, type Browser, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'wayfarer-demo';

export const consoleUrl = (): string => {
  const url = process.env.WAYFARER_E2E_URL;
  if (!url) throw new Error('WAYFARER_E2E_URL is not set: run the browser tests with `npm run e2e`');
  return url;
};

/** Where the stack sends campaign e-mail: a loopback SMTP server the campaign test starts, beside the stack's own ports. */
export const campaignSmtpPort = (stackPort = Number(new URL(consoleUrl()).port)): number => stackPort + 25;

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });

/** A fresh browser context (its own localStorage, so its own session) signed in as a demo staff member. */
export const signIn = async (browser: Browser, username: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(consoleUrl());
  await page.getByRole('textbox', { name: 'Username' }).fill(username);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Profile' }).waitFor();
  return page;
};

export const openMenu = async (page: Page, label: string): Promise<void> => {
  await page.getByRole('menuitem', { name: label }).click();
};

/** The staff id of the signed-in person, as the console stored it at sign-in. */
export const signedInStaffId = (page: Page): Promise<string> =>
  page.evaluate(() => JSON.parse(localStorage.getItem('wayfarer.session') ?? '{}').staffId as string);

/** A GraphQL call with the console's own session, for what a test sets up without a screen. */
export const graphqlAsSignedIn = (page: Page, query: string, variables: Record<string, unknown>) =>
  page.evaluate(
    async ({ query, variables }) => {
      const token = JSON.parse(localStorage.getItem('wayfarer.session') ?? '{}').token as string;
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    { query, variables },
  );

/** Records the traveller's explicit consent to special-category data on the profile open in the page, through its Consents tab. */
export const recordSpecialCategoryConsent = async (page: Page): Promise<void> => {
  await page.getByRole('tab', { name: 'Consents' }).click();
  await page.getByRole('button', { name: 'Record consent' }).click();
  const consent = page.getByRole('dialog');
  await consent.getByLabel('Purpose').click();
  await page.getByRole('option', { name: 'Diet, mobility, visual and hearing needs' }).click();
  await consent.getByLabel('Legal basis').click();
  await page.getByRole('option', { name: 'Explicit consent', exact: true }).click();
  await consent.getByLabel('Collected through').click();
  await page.getByRole('option', { name: 'Phone' }).click();
  await consent.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Consent recorded').waitFor();
};
