import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, phone, screenshot, signIn } from './support/browser';
import { addComment, createCommunity, createPost, joinCommunity } from './support/graphql';

let browser: Browser;
let admin: Page;
let hr: Page;

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newVisitor(browser)).newPage();
  hr = await (await newVisitor(browser)).newPage();
  await signIn(admin, 'admin@atlas.example');
  await signIn(hr, 'rh@atlas.example');
});
afterAll(() => browser?.close());

/** A colleague invited by the admin who creates their account on a phone: nothing posted yet. */
async function newcomer(): Promise<Page> {
  await admin.goto('/admin/invitations');
  await admin.getByLabel('Adresses e-mail').fill('lina.perrin@atlas.example');
  await admin.getByRole('button', { name: 'Créer les invitations' }).click();
  const link = await admin.getByLabel('Lien d’invitation de lina.perrin@atlas.example').inputValue();
  const page = await (await newVisitor(browser, { viewport: phone })).newPage();
  await page.goto(new URL(link).pathname);
  await page.getByLabel('Nom complet').fill('Lina Perrin');
  await page.getByLabel('Choisissez un mot de passe').fill('un levain bien vivant');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bonjour, Lina' }).waitFor();
  return page;
}

describe('charters', () => {
  it('asks a new employee to accept the behaviour charter before her first post', async () => {
    const lina = await newcomer();
    const gate = lina.getByRole('status').filter({ hasText: 'Avant votre première publication' });
    await gate.waitFor();
    expect(await lina.getByRole('form', { name: 'Rédiger une publication' }).count()).toBe(0);
    await gate.getByRole('link', { name: 'Lire et accepter' }).click();

    await lina.getByRole('heading', { level: 1, name: 'Charte de comportement du réseau' }).waitFor();
    await lina.getByRole('heading', { level: 2, name: 'Article 3 — Pas de harcèlement' }).waitFor();
    expect(await accessibilityViolations(lina)).toEqual([]);
    await screenshot(lina, 'charter-accept-phone');
    await lina.getByRole('button', { name: 'J’ai lu et j’accepte cette charte' }).click();
    await lina.getByRole('link', { name: 'Continuer' }).click();

    await lina.getByRole('heading', { level: 1, name: 'Bonjour, Lina' }).waitFor();
    const composer = lina.getByRole('form', { name: 'Rédiger une publication' });
    await composer.waitFor();
    await composer
      .getByRole('combobox', { name: 'Votre publication' })
      .fill('Bonjour à tous, je viens d’arriver au marketing !');
    await composer.getByRole('button', { name: 'Publier' }).click();
    await lina.getByText('Bonjour à tous, je viens d’arriver au marketing !').first().waitFor();
  });

  it('shows an employee the charters from her navigation, and what the new social-media charter changed', async () => {
    const lea = await (await newVisitor(browser)).newPage();
    await signIn(lea, 'employe@atlas.example');
    await lea.getByRole('complementary', { name: 'Chartes à lire' }).waitFor();
    await mainNav(lea).getByRole('link', { name: 'Chartes' }).click();
    await lea.getByRole('heading', { level: 1, name: 'Chartes' }).waitFor();
    expect(await accessibilityViolations(lea)).toEqual([]);
    await lea.getByRole('link', { name: 'Charte réseaux sociaux de Groupe Atlas' }).click();
    const changes = lea.getByRole('region', { name: 'Ce qui a changé dans cette version' });
    await changes.waitFor();
    expect((await changes.textContent())?.replace(/\s+/g, ' ')).toContain(
      'Article 4 — L’humour au nom de l’entreprise (ajouté)',
    );
    expect(await accessibilityViolations(lea)).toEqual([]);
  });

  it('gives HR the acknowledgement rates by country from the admin area, with a CSV export', async () => {
    await mainNav(hr).getByRole('link', { name: 'Administration' }).click();
    await hr
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Chartes' })
      .click();
    await hr.getByRole('heading', { level: 1, name: 'Prise de connaissance des chartes' }).waitFor();
    const table = hr.getByRole('table');
    await table.getByRole('rowheader', { name: 'France', exact: true }).waitFor();
    expect(await accessibilityViolations(hr)).toEqual([]);
    await screenshot(hr, 'charter-rates');
    const download = hr.waitForEvent('download');
    await hr.getByRole('button', { name: 'Exporter en CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  });

  it('lets a moderator remove a comment citing article 3; its author reads the article and appeals', async () => {
    const [thomas, sophie] = await Promise.all([0, 1].map(async () => (await newVisitor(browser)).newPage()));
    const lea = await (await newVisitor(browser, { viewport: phone })).newPage();
    await signIn(thomas!, 'manager@atlas.example');
    await signIn(sophie!, 'rh@atlas.example');
    await signIn(lea, 'employe@atlas.example');
    const community = await createCommunity(thomas!, { name: 'Salon des stagiaires' });
    await joinCommunity(sophie!, community.id);
    await joinCommunity(lea, community.id);
    const postId = await createPost(thomas!, community.id, 'Vos retours sur la présentation de jeudi ?');
    await addComment(lea, postId, 'Franchement, l’équipe data est une bande de guignols.');

    await sophie!.goto(`/communities/${community.slug}/posts/${postId}`);
    const comment = sophie!.getByRole('article', { name: 'Commentaire de Léa Dubois' });
    await comment.getByRole('button', { name: 'Autres actions sur ce commentaire' }).click();
    await comment.getByRole('button', { name: 'Signaler' }).click();
    const report = sophie!.getByRole('dialog', { name: 'Signaler ce commentaire' });
    await report.getByRole('radio', { name: /^Article 3 — Pas de harcèlement/ }).check();
    await report.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await sophie!.getByRole('status').filter({ hasText: 'Merci' }).waitFor();

    await thomas!.goto(`/communities/${community.slug}/moderation`);
    const item = thomas!.getByRole('article', { name: /Commentaire de Léa Dubois/ });
    await item.getByRole('button', { name: 'Retirer' }).click();
    const dialog = thomas!.getByRole('dialog', { name: 'Retirer le contenu' });
    const article3 = dialog.getByRole('checkbox', { name: 'Article 3 — Pas de harcèlement' });
    // The article the reporter picked is ticked; without any, the removal is refused.
    expect(await article3.isChecked()).toBe(true);
    await article3.uncheck();
    await dialog.getByLabel('Motif').fill('On critique le travail, pas les personnes.');
    await dialog.getByRole('button', { name: 'Retirer' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Citez au moins un article de la charte' }).waitFor();
    expect(await accessibilityViolations(thomas!)).toEqual([]);
    await article3.check();
    await dialog.getByRole('button', { name: 'Retirer' }).click();
    await thomas!.getByRole('status').filter({ hasText: 'Contenu retiré' }).waitFor();

    await lea.goto('/moderation/notices');
    const notice = lea.getByRole('note').filter({ hasText: 'Article 3 — Pas de harcèlement' });
    await notice
      .getByText('Aucun propos ne justifie ni n’encourage le harcèlement', { exact: false })
      .waitFor();
    await notice.getByRole('button', { name: 'Faire appel' }).click();
    await notice
      .getByLabel('Pourquoi contestez-vous cette décision ?')
      .fill('Je visais la présentation, pas les personnes.');
    await notice.getByRole('button', { name: 'Envoyer l’appel' }).click();
    await notice.getByRole('status').filter({ hasText: 'Appel en attente' }).waitFor();
    expect(await notice.getByRole('button', { name: 'Faire appel' }).count()).toBe(0);
    expect(await accessibilityViolations(lea)).toEqual([]);
    await screenshot(lea, 'charter-appeal-phone');

    await admin.goto('/admin/charter/appeals');
    await admin.getByRole('heading', { level: 1, name: 'Appels de modération' }).waitFor();
    await admin.getByText('L’auteur : « Je visais la présentation, pas les personnes. »').waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
  });
});
