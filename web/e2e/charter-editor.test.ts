import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, screenshot, signIn } from './support/browser';

let browser: Browser;

const adminNav = (page: Page) => page.getByRole('navigation', { name: 'Administration' });
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

describe('writing the charters', () => {
  it('lets the admin edit the editorial charter and publish a version, refusing an article number used twice', async () => {
    const admin = await signedIn('admin@atlas.example');
    await mainNav(admin).getByRole('link', { name: 'Administration' }).click();
    await adminNav(admin).getByRole('link', { name: 'Rédiger les chartes' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Rédiger les chartes' }).waitFor();
    await admin.getByLabel('Charte').selectOption({ label: 'Charte éditoriale des comptes officiels' });
    const second = admin.locator('form fieldset').nth(1);
    await expect
      .poll(() => second.getByLabel('Titre (français)').inputValue())
      .toBe('Hashtags et émoticônes');
    expect(await accessibilityViolations(admin)).toEqual([]);

    await second.getByLabel('Numéro').fill('1');
    await admin.getByRole('button', { name: 'Publier la nouvelle version' }).click();
    await second.getByText('L’article 1 est déjà numéroté ainsi').waitFor();
    expect(await second.getByLabel('Numéro').getAttribute('aria-invalid')).toBe('true');

    await second.getByLabel('Numéro').fill('2');
    await second.getByLabel('Titre (français)').fill('Hashtags et émojis');
    await admin.getByLabel('Ce qui change (français)').fill('Le mot « émoji » remplace « émoticône ».');
    await admin.getByLabel('Ce qui change (anglais)').fill('Wording only.');
    await admin.getByRole('button', { name: 'Publier la nouvelle version' }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: /Version \d+ publiée/ })
      .waitFor();
    const versions = admin.getByRole('region', { name: 'Versions publiées' });
    await versions.getByText('Le mot « émoji » remplace « émoticône ».').waitFor();
    expect(await versions.getByRole('listitem').first().textContent()).toContain('(mineure)');
    expect(await accessibilityViolations(admin)).toEqual([]);
    await screenshot(admin, 'charter-editor');
  });

  it('shows HR the rates chart, moderation by article and the transparency report', async () => {
    const hr = await signedIn('rh@atlas.example');
    await hr.goto('/admin/charter/');
    await hr.getByRole('figure', { name: /Taux d’acceptation en pourcentage, \d+ unités/ }).waitFor();
    const byArticle = hr.getByRole('region', { name: 'Modération par article' });
    await byArticle.getByRole('columnheader', { name: 'Infractions confirmées' }).waitFor();
    await hr.getByRole('region', { name: 'Rapport de transparence' }).getByText('Retraits').waitFor();
    expect(await accessibilityViolations(hr)).toEqual([]);
    await screenshot(hr, 'charter-statistics');
  });

  it('lets the chief CM add a kit item and withdraw it, and keep the forbidden words', async () => {
    const cm = await signedIn('cm@atlas.example');
    await cm.goto('/admin/charter/kit');
    await cm.getByRole('heading', { level: 1, name: 'Préparer le kit de partage' }).waitFor();
    await cm.getByRole('heading', { level: 2, name: 'Mots proscrits' }).waitFor();
    expect(await accessibilityViolations(cm)).toEqual([]);
    const form = cm.getByRole('form', { name: 'Nouveau contenu' });
    await form.getByLabel('Titre (français)').fill('Salon de l’alternance');
    await form.getByLabel('Titre (anglais)').fill('Work-study fair');
    await form.getByLabel('Texte suggéré (français)').fill('Rejoignez-nous au salon ! #GroupeAtlas');
    await form.getByLabel('Texte suggéré (anglais)').fill('Join us at the fair! #GroupeAtlas');
    await form.getByLabel('Lien (https://…)').fill('atlas.example/salon');
    await form.getByLabel('Hashtags, séparés par des espaces').fill('GroupeAtlas');
    await form.getByRole('button', { name: 'Publier dans le kit' }).click();
    await form.getByText('Donnez une adresse complète qui commence par https://.').waitFor();
    await form.getByLabel('Lien (https://…)').fill('https://atlas.example/salon');
    await form.getByRole('button', { name: 'Publier dans le kit' }).click();
    await cm.getByRole('status').filter({ hasText: 'Le contenu est dans le kit.' }).waitFor();
    await cm.getByRole('button', { name: 'Retirer « Salon de l’alternance »' }).click();
    await cm
      .getByRole('status')
      .filter({ hasText: '« Salon de l’alternance » a été retiré du kit.' })
      .waitFor();
    expect(await cm.getByRole('button', { name: 'Retirer « Salon de l’alternance »' }).count()).toBe(0);
    // Back to the top: the sticky header over a field scrolled under it is not a small target.
    await cm.evaluate(() => window.scrollTo(0, 0));
    expect(await accessibilityViolations(cm)).toEqual([]);
  });

  it('shows the ambassador badge beside names, asked in one request for the whole feed', async () => {
    const admin = await (await newVisitor(browser)).newPage();
    const asked: string[] = [];
    admin.on('request', (request) => {
      if (request.postData()?.includes('CharterAmbassadorBadges')) asked.push(request.url());
    });
    await signIn(admin, 'admin@atlas.example');
    await admin.getByRole('article').first().waitFor();
    await admin.waitForTimeout(500);
    expect(asked).toHaveLength(1);
    await admin.goto('/people?q=Dubois');
    await admin.getByRole('link', { name: /Léa Dubois/ }).click();
    await admin.getByRole('heading', { level: 1, name: 'Léa Dubois' }).waitFor();
    await admin.getByRole('link', { name: 'Ambassadeur' }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
  });
});
