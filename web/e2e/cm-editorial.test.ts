import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, screenshot, signIn } from './support/browser';
import { createCommunity, joinCommunity } from './support/graphql';

let browser: Browser;
let chief: Page;
let thomas: Page;
let lea: Page;
let community: { id: string; slug: string };

const COMMUNITY = 'Actualités du marketing';

beforeAll(async () => {
  browser = await launchBrowser();
  chief = await (await newVisitor(browser)).newPage();
  thomas = await (await newVisitor(browser)).newPage();
  lea = await (await newVisitor(browser)).newPage();
  await signIn(chief, 'cm@atlas.example');
  // Thomas animates the marketing direction part-time: a CM of the network who plans posts.
  await signIn(thomas, 'manager@atlas.example');
  await signIn(lea, 'employe@atlas.example');
  community = await createCommunity(thomas, { name: COMMUNITY });
  await joinCommunity(lea, community.id);
});
afterAll(() => browser?.close());

/** An item's card on the calendar. */
const card = (page: Page, title: string) => page.getByRole('listitem').filter({ hasText: title });

/** Reloads until `target` shows: what other people did reaches this page at its next load. */
async function reloadUntil(page: Page, target: () => Locator) {
  for (let attempt = 0; attempt < 10; attempt++) {
    if (await target().count()) return;
    await page.waitForTimeout(1_000);
    await page.reload();
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
  }
  await target().first().waitFor();
}

const title = 'Lancement de la gamme printemps';

// One item's way through the chain, a step per test (each waits on the one before).
describe('the editorial calendar’s validation chain', () => {
  it('lets a CM plan a post and submit its text; he may not approve it himself', async () => {
    await thomas
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Calendrier éditorial', exact: true })
      .click();
    await thomas.getByRole('heading', { level: 1, name: 'Calendrier éditorial' }).waitFor();
    expect(await accessibilityViolations(thomas)).toEqual([]);
    const form = thomas.getByRole('form', { name: 'Prévoir une publication' });
    await form.getByLabel('Titre').fill(title);
    await form.getByLabel('Communauté').selectOption({ label: COMMUNITY });
    await form.getByLabel('Date et heure de publication').fill('2026-01-15T09:00');
    await form.getByRole('button', { name: 'Prévoir', exact: true }).click();
    // The calendar turns to the item's month, where it is planned.
    await thomas.getByRole('heading', { level: 2, name: 'janvier 2026' }).waitFor();
    const planned = card(thomas, title);
    await planned.getByText('Prévue', { exact: true }).waitFor();
    await planned.getByLabel('Texte de la publication').fill('La gamme printemps arrive en magasin.');
    await planned.getByRole('button', { name: 'Soumettre' }).click();
    await planned.getByText('Soumise', { exact: true }).waitFor();
    // Its owner cannot validate it himself.
    expect(await planned.getByRole('button', { name: 'Approuver' }).count()).toBe(0);
  });

  it('lets the chief CM return it with a comment, which its author reads', async () => {
    await chief.goto('/cm-network/editorial?month=2026-01');
    const submitted = card(chief, title);
    await submitted.getByText('Soumise', { exact: true }).waitFor();
    expect(await accessibilityViolations(chief)).toEqual([]);
    await submitted.getByLabel('Commentaire pour l’auteur').fill('Donnez la date de lancement.');
    await submitted.getByRole('button', { name: 'Renvoyer' }).click();
    await submitted.getByText('Renvoyée : Donnez la date de lancement.').waitFor();
  });

  it('publishes it as its author’s post once the chief CM approves the reworked text', async () => {
    await thomas.goto('/cm-network/editorial?month=2026-01');
    const returned = card(thomas, title);
    await returned.getByText('Renvoyée : Donnez la date de lancement.').waitFor();
    await returned
      .getByLabel('Texte de la publication')
      .fill('La gamme printemps arrive en magasin le 15 janvier.');
    await returned.getByRole('button', { name: 'Soumettre' }).click();
    await returned.getByText('Soumise', { exact: true }).waitFor();

    await chief.reload();
    const resubmitted = card(chief, title);
    await resubmitted.getByText('le 15 janvier').waitFor();
    await resubmitted.getByRole('button', { name: 'Approuver' }).click();
    // Its date has passed: approved, it is published at once as its owner's post.
    await resubmitted.getByText('Publiée', { exact: true }).waitFor();
    await screenshot(chief, 'cm-editorial-published');

    await lea.goto(`/communities/${community.slug}`);
    const post = lea
      .getByRole('article')
      .filter({ hasText: 'La gamme printemps arrive en magasin le 15 janvier.' });
    await post.waitFor();
    expect(await post.getByText('Thomas', { exact: false }).count()).toBeGreaterThan(0);
  });
});

describe('watch lists', () => {
  it('raises an alert the CM sees when a watched word appears in a new post, accents and case ignored', async () => {
    await chief.goto('/cm-network/editorial');
    await chief.getByRole('link', { name: 'Veille et alertes' }).click();
    await chief.getByRole('heading', { level: 1, name: 'Veille et alertes' }).waitFor();
    await chief.getByLabel('Nom de la liste').fill('Santé au travail');
    await chief.getByLabel(/^Mots, expressions ou hashtags/).fill('épidémie, #masques');
    await chief.getByRole('button', { name: 'Créer la liste' }).click();
    await chief
      .getByRole('listitem')
      .filter({ hasText: 'Santé au travail' })
      .getByText('épidémie, masques')
      .waitFor();
    expect(await accessibilityViolations(chief)).toEqual([]);

    const body = 'Une EPIDEMIE de grippe touche l’atelier : faut-il reporter le salon ?';
    await lea.goto(`/communities/${community.slug}`);
    await lea.getByRole('combobox', { name: 'Votre publication' }).fill(body);
    await lea.getByRole('button', { name: 'Publier', exact: true }).click();
    await lea.getByRole('article').filter({ hasText: body }).waitFor();

    const alert = () => chief.getByRole('listitem').filter({ hasText: '« épidémie » · Santé au travail' });
    await reloadUntil(chief, alert);
    expect(await alert().textContent()).toContain(COMMUNITY);
    expect(await alert().textContent()).toContain(body);
    expect(await accessibilityViolations(chief)).toEqual([]);
    await screenshot(chief, 'cm-watch-alert');

    await alert().getByRole('link', { name: 'Voir la publication' }).click();
    await chief.getByRole('article').filter({ hasText: body }).waitFor();
    await chief.goBack();
    await alert().getByRole('button', { name: 'Marquer comme vue' }).click();
    await chief.getByRole('heading', { level: 2, name: 'Alertes ouvertes' }).waitFor();
    await expect.poll(() => alert().count()).toBe(0);
  });
});
