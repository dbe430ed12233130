import type { Browser } from 'playwright-core';
import { consoleUrl, launchBrowser, signIn } from './console';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('languages', () => {
  it('an agent switches to Simplified Chinese and keeps it after a reload', async () => {
    const page = await signIn(browser, 'agent');
    await page.getByRole('menuitem', { name: 'Travellers' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: '旅客' }).waitFor();
    await page.getByRole('button', { name: '简体中文' }).waitFor();

    await page.reload();
    await page.getByRole('menuitem', { name: '旅客' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Travellers' }).count()).toBe(0);
    await page.context().close();
  });

  it('a browser set to Chinese opens the console in Simplified Chinese', async () => {
    const context = await browser.newContext({ locale: 'zh-TW' });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    await page.goto(consoleUrl());
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.getByRole('textbox', { name: '用户名' }).waitFor();
    await context.close();
  });
});
