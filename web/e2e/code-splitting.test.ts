import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureInitialJs } from '../scripts/initial-js';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;
let page: Page;
const scripts: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newVisitor(browser)).newPage();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await signIn(page, 'employe@atlas.example');
});
afterAll(() => browser?.close());

describe('the code of the pages', () => {
  it('keeps the feed within 150 kB of gzipped JavaScript on a first visit', () => {
    const dist = fileURLToPath(new URL('../dist', import.meta.url));
    expect(measureInitialJs(dist).totalGzipBytes).toBeLessThanOrEqual(150_000);
  });

  it('fetches the code of a page only when someone goes there', async () => {
    await page.getByRole('heading', { level: 1, name: 'Bonjour, Léa' }).waitFor();
    expect(scripts.some((path) => /\/Home-[\w-]+\.js$/.test(path))).toBe(true);
    expect(scripts.some((path) => /\/(Admin|Search)-[\w-]+\.js$/.test(path))).toBe(false);
  });

  it('offers to reload when a page cannot fetch its code, as after a deploy', async () => {
    await page.route('**/assets/Directory-*.js', (route) => route.abort());
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: 'Annuaire', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cette page n’a pas pu être chargée' }).waitFor();

    await page.unrouteAll();
    await page.getByRole('button', { name: 'Recharger la page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor();
  });
});
