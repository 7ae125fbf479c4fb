import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;
let lea: Page;
let olivia: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  lea = await (await newVisitor(browser)).newPage();
  olivia = await (await newVisitor(browser, { locale: 'en-GB' })).newPage();
  await signIn(lea, 'employe@atlas.example');
  await signIn(olivia, 'employee@atlas.example');
});
afterAll(() => browser?.close());

/** The unread count the bell announces ("Notifications, 2 unread"), 0 when it says none. */
async function unread(page: Page): Promise<number> {
  const label = await page.getByRole('button', { name: /^Notifications/ }).getAttribute('aria-label');
  return Number(/(\d+)/.exec(label ?? '')?.[1] ?? 0);
}

describe('mentions', () => {
  it('offers colleagues while typing @, and the person mentioned sees it live', async () => {
    await olivia.getByRole('heading', { level: 1, name: 'Hello, Olivia' }).waitFor();
    await olivia.getByRole('feed').or(olivia.getByText('Your feed is empty for now')).first().waitFor();
    const before = await unread(olivia);

    const box = lea.getByRole('combobox', { name: 'Votre publication' });
    await box.click();
    await box.pressSequentially('Merci @Oliv');
    await lea.getByRole('option', { name: /Olivia Smith/ }).click();
    await box.pressSequentially('pour la relecture du dossier client !');
    // She reads the name she picked, never the link sent behind it.
    expect(await box.inputValue()).toBe('Merci @Olivia Smith pour la relecture du dossier client !');
    await lea.getByRole('button', { name: 'Publier', exact: true }).click();
    await lea.getByRole('status').filter({ hasText: 'Publication publiée.' }).waitFor();
    // The mention is a link to her profile in the published post.
    await lea.getByRole('feed').getByRole('link', { name: 'Olivia Smith' }).first().waitFor();

    // No reload on Olivia's side: the bell counts up by itself.
    await expect.poll(() => unread(olivia), { timeout: 15_000 }).toBe(before + 1);
    await olivia.getByRole('button', { name: /^Notifications/ }).click();
    const mention = olivia.getByRole('link', { name: /Léa Dubois mentioned you in a post/ }).first();
    await mention.click();
    await olivia.getByText('pour la relecture du dossier client').waitFor();
    await expect.poll(() => unread(olivia)).toBe(before);
  });

  it('offers the people one works with first, by first and last name, accents ignored', async () => {
    await lea.goto('/');
    const box = lea.getByRole('combobox', { name: 'Votre publication' });
    await box.click();
    await box.pressSequentially('Une question pour @Thom');
    const options = lea.getByRole('listbox', { name: /Suggestions/ }).getByRole('option');
    // Her own manager first, before the namesakes of the rest of the company.
    await expect.poll(async () => await options.first().textContent()).toMatch(/Thomas Petit/);

    await box.pressSequentially('as P');
    await expect.poll(() => options.allTextContents()).toEqual([expect.stringMatching(/Thomas Petit/)]);
    await box.press('Enter');
    expect(await box.inputValue()).toBe('Une question pour @Thomas Petit ');
    await box.fill('');
  });
});
