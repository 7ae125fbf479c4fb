import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, screenshot, signIn } from './support/browser';

let browser: Browser;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

async function signedIn(email: string): Promise<Page> {
  const page = await (await newVisitor(browser)).newPage();
  await signIn(page, email);
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('a community’s own charter', () => {
  it('lets the owner preview and publish a major version, which a member then reads and accepts', async () => {
    const thomas = await signedIn('manager@atlas.example');
    await mainNav(thomas).getByRole('link', { name: 'Chartes' }).click();
    const mine = thomas.getByRole('region', { name: 'Chartes de vos communautés' });
    await mine.getByRole('link', { name: 'Charte de la veille marketing' }).waitFor();
    expect(await accessibilityViolations(thomas)).toEqual([]);
    await mine.getByRole('link', { name: 'Rédiger la charte de Marketing digital – veille' }).click();
    await thomas
      .getByRole('heading', { level: 1, name: 'Charte de la communauté Marketing digital – veille' })
      .waitFor();
    const preview = thomas.getByRole('region', { name: 'Ce que la publication change' });
    await preview.getByText('Aucun article ne change par rapport à la version publiée.').waitFor();

    const third = thomas.locator('form fieldset').nth(2);
    await expect
      .poll(() => third.getByLabel('Titre (français)').inputValue())
      .toBe('Respect des concurrents');
    await third.getByLabel('Texte (français, Markdown)').fill('On analyse, on ne moque jamais.');
    await preview.getByText('Article 3 — Respect des concurrents (modifié : texte)').waitFor();
    await preview.getByText('On analyse, on ne moque jamais.').waitFor();
    await thomas.getByLabel('Version majeure : chacun devra la relire et l’accepter').check();
    await preview.getByText(/Version majeure : toutes les personnes concernées devront relire/).waitFor();
    expect(await accessibilityViolations(thomas)).toEqual([]);
    await thomas.getByRole('button', { name: 'Publier la nouvelle version' }).click();
    await thomas.getByRole('status').filter({ hasText: 'Version 3 publiée.' }).waitFor();
    await screenshot(thomas, 'community-charter-editor');

    const lea = await signedIn('employe@atlas.example');
    await mainNav(lea).getByRole('link', { name: 'Chartes' }).click();
    const hers = lea.getByRole('region', { name: 'Chartes de vos communautés' });
    await hers.getByText(/Version 3\s+\(majeure\)\s+—\s+À lire et accepter/).waitFor();
    await hers.getByRole('link', { name: 'Charte de la veille marketing' }).click();
    await lea.getByRole('heading', { level: 1, name: 'Charte de la veille marketing' }).waitFor();
    await lea.getByText('On analyse, on ne moque jamais.').waitFor();
    expect(await accessibilityViolations(lea)).toEqual([]);
    await lea.getByRole('button', { name: 'J’ai lu et j’accepte cette charte' }).click();
    await lea.getByText('Vous avez accepté la version 3.').waitFor();
  });
});
