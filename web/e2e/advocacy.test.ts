import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, screenshot, signIn } from './support/browser';

let browser: Browser;
let lea: Page;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

beforeAll(async () => {
  browser = await launchBrowser();
  lea = await (await newVisitor(browser)).newPage();
  await signIn(lea, 'employe@atlas.example');
});
afterAll(() => browser?.close());

describe('charter ambassadors and the advocacy kit', () => {
  it('shows Léa, an ambassador, the ambassadors of the organisation from her navigation', async () => {
    await mainNav(lea).getByRole('link', { name: 'Ambassadeurs de la charte' }).click();
    await lea.getByRole('heading', { level: 1, name: 'Ambassadeurs de la charte' }).waitFor();
    await lea.getByText('Léa Dubois').first().waitFor();
    expect(await accessibilityViolations(lea)).toEqual([]);
  });

  it('lets an ambassador share a kit item, refuses a text without the disclosure, and counts the click', async () => {
    await mainNav(lea).getByRole('link', { name: 'Kit de partage' }).click();
    await lea.getByRole('heading', { level: 1, name: 'Kit de partage' }).waitFor();
    const item = lea
      .getByRole('listitem')
      .filter({ has: lea.getByRole('heading', { name: 'Notre charte réseaux sociaux' }) });
    const text = item.getByRole('textbox', { name: 'Votre texte' });
    await text.fill('Notre charte, à lire ! #AtlasEtVous');
    await item.getByRole('button', { name: 'Partager' }).click();
    await item.getByRole('alert').filter({ hasText: 'Je travaille chez Groupe Atlas.' }).waitFor();

    await text.fill('Notre charte, à lire ! #AtlasEtVous Je travaille chez Groupe Atlas.');
    await item.getByRole('combobox', { name: 'Réseau' }).selectOption('MASTODON');
    await item.getByRole('button', { name: 'Partager' }).click();
    await item.getByRole('link', { name: 'Ouvrir Mastodon pour publier' }).waitFor();
    const share = item.getByRole('listitem').filter({ hasText: 'Mastodon' }).first();
    await share.getByText('0 clic(s)').waitFor();
    expect(await accessibilityViolations(lea)).toEqual([]);
    await screenshot(lea, 'advocacy-kit');

    const link = (await share.getByRole('link').textContent())!.trim();
    const visitor = await (await newVisitor(browser)).newPage();
    const response = await visitor.request.get(new URL(link).pathname, { maxRedirects: 0 });
    expect(response.status()).toBe(302);
    expect(response.headers().location).toContain('utm_source=mastodon');

    await lea.reload();
    const counted = lea
      .getByRole('listitem')
      .filter({ has: lea.getByRole('heading', { name: 'Notre charte réseaux sociaux' }) })
      .getByRole('listitem')
      .filter({ hasText: 'Mastodon' })
      .first();
    await counted.getByText('1 clic(s)').waitFor();
  });
});
