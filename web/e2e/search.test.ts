import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, phone, screenshot, signIn } from './support/browser';
import { createCommunity, createPost } from './support/graphql';

let browser: Browser;
let admin: Page;
let lea: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newVisitor(browser)).newPage();
  lea = await (await newVisitor(browser)).newPage();
  await signIn(admin, 'admin@atlas.example');
  await signIn(lea, 'employe@atlas.example');
  const club = await createCommunity(admin, { name: 'Club astronomie', visibility: 'public' });
  await createPost(admin, club.id, 'Soirée Andromède au planétarium jeudi, ouverte à tous.');
  const cell = await createCommunity(admin, {
    name: 'Cellule fusion',
    visibility: 'secret',
    joinPolicy: 'invitation',
  });
  await createPost(admin, cell.id, 'Andromède : plan de rachat confidentiel, ne pas diffuser.');
});
afterAll(() => browser?.close());

async function searchFromHeader(page: Page, words: string) {
  const box = page.getByRole('searchbox', { name: 'Rechercher dans Levain' });
  await box.fill(words);
  await box.press('Enter');
  await page.waitForURL(/\/search\?q=/);
}

describe('search', () => {
  it('finds a public post, highlighted, and never the post of a secret community', async () => {
    await searchFromHeader(lea, 'andromede');
    const results = lea.getByRole('list').filter({ has: lea.getByRole('article') });
    await results.getByText('planétarium').waitFor();
    // Accents are ignored and the matched word is marked.
    expect(await results.locator('mark').first().textContent()).toBe('Andromède');
    await lea.getByRole('status').filter({ hasText: '1 résultat' }).waitFor();
    expect(await lea.getByText('rachat confidentiel').count()).toBe(0);

    await lea.getByRole('button', { name: 'Communautés' }).click();
    await lea.getByRole('searchbox', { name: 'Mots à chercher' }).fill('fusion');
    await lea.getByText('Aucun résultat').waitFor();
    expect(await lea.getByText('Cellule fusion').count()).toBe(0);
  });

  it('shows the secret post to a member of its community', async () => {
    await searchFromHeader(admin, 'Andromède');
    await admin.getByText('rachat confidentiel').waitFor();
    await admin.getByText('planétarium').waitFor();
    await admin.getByRole('status').filter({ hasText: '2 résultats' }).waitFor();
    await screenshot(admin, 'search-desktop');

    const small = await (await newVisitor(browser, { viewport: phone })).newPage();
    await signIn(small, 'employe@atlas.example');
    await small.goto('/search?q=andromede');
    await small.getByText('planétarium').waitFor();
    await screenshot(small, 'search-phone');
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await small.context().close();
  });
});
