import type { Browser } from 'playwright-core';
import { consoleUrl, graphqlAsSignedIn, launchBrowser, signIn } from './console';

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

  it('shows a server validation error in Chinese on its field: special needs without the traveller’s consent', async () => {
    const page = await signIn(browser, 'agent');
    const created = await graphqlAsSignedIn(page, 'mutation($input: CreateProfileInput!) { createProfile(input: $input) { id } }', {
      input: { givenName: 'Mei', familyName: `Chen${Date.now()}`, lawfulBasis: { legalBasis: 'CONTRACT', noticeVersion: '2026-01', channel: 'PHONE' } },
    });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByRole('menuitem', { name: '旅客' }).waitFor();
    await page.goto(page.url().replace(/#.*$/, `#/profiles/${created.createProfile.id}/show/upkeep`));

    await page.getByRole('button', { name: '编辑标记' }).click();
    const flags = page.getByRole('dialog');
    await flags.getByLabel('特殊需求').check();
    await flags.getByRole('button', { name: '保存' }).click();
    await flags.getByText('没有旅客有效的特殊类别数据同意（明确同意或重大利益），不能保存').waitFor();
    expect(await page.getByText(/SPECIAL_CATEGORY consent/).count()).toBe(0);
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
