import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, launchBrowser, newVisitor, phone, screenshot, signIn, tablet } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Nothing wider than the screen: no sideways scrolling on any page. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

const pages = [
  { name: 'home', path: '/', heading: 'Bonjour, Camille', title: 'Accueil · Groupe Atlas' },
  { name: 'people', path: '/people', heading: 'Annuaire', title: 'Annuaire · Groupe Atlas' },
  {
    name: 'admin-users',
    path: '/admin/users',
    heading: 'Utilisateurs',
    title: 'Utilisateurs · Administration · Groupe Atlas',
  },
  {
    name: 'admin-invitations',
    path: '/admin/invitations',
    heading: 'Invitations',
    title: 'Invitations · Administration · Groupe Atlas',
  },
  {
    name: 'admin-import',
    path: '/admin/import',
    heading: 'Import de l’annuaire',
    title: 'Import de l’annuaire · Administration · Groupe Atlas',
  },
];

describe.each([
  ['desktop', desktop],
  ['tablet', tablet],
  ['phone', phone],
])('the layout on %s', (device, viewport) => {
  let page: Page;

  beforeAll(async () => {
    page = await (await newVisitor(browser, { viewport })).newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await screenshot(page, `${device}-sign-in`);
    await expectNoSidewaysScroll(page);
    await signIn(page, 'admin@atlas.example');
  });

  it.each(pages)('fits the $name page on the screen', async ({ name, path, heading, title }) => {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await page.title()).toBe(title);
    // Live updates keep a connection open, so "network idle" never comes: wait for the spinners.
    await expect.poll(() => page.getByText(/^Chargement…$/).count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await screenshot(page, `${device}-${name}`);
  });

  it('fits a profile page on the screen', async () => {
    await page.goto('/people?q=Dubois');
    await page.getByRole('link', { name: /Léa Dubois/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Léa Dubois' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, `${device}-profile`);
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    await page.goto('/people');
    await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('the navigation on a phone', () => {
  it('folds into a menu button', async () => {
    const page = await (await newVisitor(browser, { viewport: phone })).newPage();
    await signIn(page, 'admin@atlas.example');
    const people = page.getByRole('link', { name: 'Annuaire', exact: true });
    expect(await people.isVisible()).toBe(false);

    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await people.isVisible()).toBe(true);
    await screenshot(page, 'phone-menu-open');

    await people.click();
    await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor();
    // A new page closes the menu, and focus moves to its heading as after a page load.
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Annuaire');
  });
});
