import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';

/** The CM network's entries of the main navigation that only the network's people see. */
const CM_ENTRIES = [
  'Carte du réseau',
  'Tableau de bord digital',
  'Rapports mensuels',
  'Charge des CM à temps partiel',
  'Calendrier éditorial',
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function visitor(email: string): Promise<Page> {
  const page = await (await newVisitor(browser)).newPage();
  await signIn(page, email);
  return page;
}

const entries = (page: Page) =>
  page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link');

describe('the CM pages in the navigation', () => {
  it('are not shown to an employee, who still finds the roster', async () => {
    const page = await visitor('employe@atlas.example');
    await entries(page).getByText('Réseau des CM', { exact: true }).waitFor();
    const names = await entries(page).allInnerTexts();
    expect(names.map((n) => n.trim()).filter((n) => CM_ENTRIES.includes(n))).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('are shown to a part-time CM, who opens their own workload from there', async () => {
    const page = await visitor('manager@atlas.example');
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const name of CM_ENTRIES) await nav.getByRole('link', { name, exact: true }).waitFor();
    await nav.getByRole('link', { name: 'Charge des CM à temps partiel', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Ma charge de CM' }).waitFor();
    await page.getByText('Temps convenu avec votre manager', { exact: true }).waitFor();
    expect(await page.getByRole('meter', { name: 'Part du temps convenu utilisée' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
