import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { launchBrowser, signIn } from './console';

const familyName = `Imported${Date.now()}`;
const csv = [
  'givenName,familyName,email,phone,city,countryCode',
  `Grace,${familyName},grace@example.com,+447700900555,London,GB`,
  `Bad,${familyName},not-an-email,,Leeds,GB`,
  `Alan,${familyName},,,"Wilmslow, Cheshire",GB`,
].join('\n');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('CSV import', () => {
  it('a supervisor checks a file, sees the rejected row with its line, column and rule, and imports the good rows', async () => {
    const page = await signIn(browser, 'supervisor');
    await page.getByRole('menuitem', { name: 'Travellers' }).click();
    await page.getByRole('link', { name: 'Import' }).click();

    await page.getByTestId('import-file').setInputFiles({ name: 'travellers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('travellers.csv: 3 rows').waitFor();
    await page.getByRole('button', { name: 'Check (dry run)' }).click();

    await page.getByText('Checked 3 rows: 2 can be imported, 1 rejected. Nothing was stored.').waitFor();
    const rejected = page.getByTestId('import-rejections').getByRole('row').nth(1);
    await expectCells(rejected, ['3', 'email', 'isEmail', 'must be an e-mail address']);

    await page.getByRole('button', { name: 'Import the good rows' }).click();
    await page.getByText('Imported 2 of 3 rows; 1 rejected.').waitFor();
    await expectCells(page.getByTestId('import-rejections').getByRole('row').nth(1), ['3', 'email', 'isEmail']);

    await page.getByRole('link', { name: 'Go to travellers' }).click();
    await page.getByPlaceholder('Search').fill(familyName.toLowerCase());
    await page.getByText(`Grace ${familyName}`).waitFor();
    await page.getByText(`Alan ${familyName}`).waitFor();
    expect(await page.getByText(`Bad ${familyName}`).count()).toBe(0);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: 'CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^travellers-\d{14}\.csv$/);
    const content = (await readFile((await file.path())!)).toString('utf8');
    expect(content.split('\r\n')[0]).toContain('givenName,middleName,familyName,preferredName,dateOfBirth');
    expect(content).toContain(`Grace,,${familyName}`);

    // An imported record's history is one row per record (the traveller, the consent), with every field's value in it.
    await page.getByText(`Grace ${familyName}`).click();
    await page.getByRole('tab', { name: 'History' }).click();
    const imported = page.getByRole('row').filter({ hasText: 'appendProfileImportRows' });
    await imported.filter({ hasText: 'ConsentRecord' }).getByText('Every field (new record)').waitFor();
    expect(await imported.filter({ hasText: 'Every field (new record)' }).count()).toBe(2);
    await imported.filter({ hasText: 'Every field (new record)' }).filter({ hasText: 'grace@example.com' }).waitFor();
    await page.context().close();
  });

  it('the data-protection officer erases an imported traveller, who then reads as erased', async () => {
    const page = await signIn(browser, 'dpo');
    await page.getByRole('menuitem', { name: 'Travellers' }).click();
    await page.getByPlaceholder('Search').fill(`${familyName.toLowerCase()} alan`);
    await page.getByText(`Alan ${familyName}`).click();
    await page.getByRole('tab', { name: 'Data subject' }).click();
    await page.getByRole('button', { name: 'Erase this traveller' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Erase this traveller' }).click();
    await page.getByText('This traveller’s personal data has been erased.').waitFor();
    expect(await page.getByText(`Alan ${familyName}`).count()).toBe(0);
    await page.context().close();
  });
});

async function expectCells(row: ReturnType<import('playwright-core').Page['locator']>, texts: string[]): Promise<void> {
  await row.waitFor();
  const cells = await row.getByRole('cell').allInnerTexts();
  expect(cells.slice(0, texts.length)).toEqual(texts);
}
