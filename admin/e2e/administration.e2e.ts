import type { Browser } from 'playwright-core';
import { launchBrowser, openMenu, signIn, signedInStaffId } from './console';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('administration', () => {
  it('an admin issues a partner key that is shown once, then revokes the partner', async () => {
    const partnerName = `Booking engine ${Date.now()}`;
    const page = await signIn(browser, 'admin');
    await openMenu(page, 'Partner clients');
    await page.getByRole('link', { name: 'Create' }).click();

    await page.getByLabel('Name').fill(partnerName);
    await page.getByLabel('profiles:read', { exact: true }).check();
    await page.getByRole('button', { name: 'Issue key' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByText('It is shown only once').waitFor();
    const apiKey = await dialog.getByLabel('API key').inputValue();
    expect(apiKey).toMatch(/^wf_/);
    await dialog.getByRole('button', { name: 'I have stored the key' }).click();

    const row = page.getByRole('row').filter({ hasText: partnerName });
    await row.waitFor();
    expect(await page.getByText(apiKey).count()).toBe(0);
    expect(await page.locator(`input[value="${apiKey}"]`).count()).toBe(0);

    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Partner client revoked').waitFor();
    await row.getByRole('button', { name: 'Revoke' }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('the data-protection officer sees the agent’s changes in the audit log', async () => {
    const agent = await signIn(browser, 'agent');
    const agentId = await signedInStaffId(agent);
    await openMenu(agent, 'Travellers');
    await agent.getByRole('link', { name: 'Create' }).click();
    await agent.getByLabel('Given name').fill('Grace');
    await agent.getByLabel('Family name').fill(`Hopper${Date.now()}`);
    await agent.getByLabel('Collected through').click();
    await agent.getByRole('option', { name: 'In person' }).click();
    await agent.getByRole('button', { name: 'Save' }).click();
    await agent.waitForURL(/\/show$/);
    await agent.context().close();

    const dpo = await signIn(browser, 'dpo');
    await openMenu(dpo, 'Audit log');
    await dpo.getByLabel('Actor id').fill(agentId);
    // Subgraphs deliver audit events through an outbox, so the newest may take a moment to arrive.
    const createdEvent = dpo.getByRole('row').filter({ hasText: 'createProfile' }).first();
    for (let attempt = 0; attempt < 20 && !(await createdEvent.isVisible()); attempt += 1) {
      await dpo.getByRole('button', { name: 'Refresh' }).click();
      await dpo.waitForTimeout(1000);
    }
    await createdEvent.waitFor();
    expect(await dpo.getByRole('row').filter({ hasText: agentId }).count()).toBeGreaterThan(0);
    await dpo.context().close();
  });
});
