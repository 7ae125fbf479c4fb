import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, phone, screenshot, signIn } from './support/browser';
import { createPost, gql } from './support/graphql';

let browser: Browser;
let admin: Page;
let lea: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newVisitor(browser)).newPage();
  lea = await (await newVisitor(browser)).newPage();
  await signIn(admin, 'admin@atlas.example');
  await signIn(lea, 'employe@atlas.example');
});
afterAll(() => browser?.close());

const feedOf = (page: Page, name: string) => page.getByRole('feed', { name });

describe('communities and posts', () => {
  it('creates a community from the form', async () => {
    await admin
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Communautés' })
      .click();
    await admin.getByRole('link', { name: 'Créer une communauté' }).click();
    await admin.getByLabel('Nom', { exact: true }).fill('Atelier photo');
    await admin
      .getByLabel('Description', { exact: true })
      .fill('Sorties, conseils et tirages entre collègues.');
    await admin.getByRole('button', { name: 'Créer la communauté' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Atelier photo' }).waitFor();
    expect(new URL(admin.url()).pathname).toBe('/communities/atelier-photo');
    await admin.getByText('Publique', { exact: true }).waitFor();
  });

  it('lets a colleague find it, join it and post: the post is in the community feed and her home feed', async () => {
    await lea.goto('/communities');
    await lea.getByRole('tab', { name: 'Toutes les communautés' }).click();
    await lea.getByRole('searchbox', { name: 'Rechercher', exact: true }).fill('photo');
    await lea.getByRole('link', { name: 'Atelier photo' }).click();
    await lea.getByRole('heading', { level: 1, name: 'Atelier photo' }).waitFor();

    await lea.getByRole('button', { name: 'Rejoindre' }).click();
    await lea.getByRole('status').filter({ hasText: 'Bienvenue dans Atelier photo !' }).waitFor();
    await lea.getByRole('button', { name: 'Quitter' }).waitFor();

    await lea
      .getByRole('combobox', { name: 'Votre publication' })
      .fill('Sortie photo samedi au parc de la Tête d’Or, qui vient ?');
    await lea.getByRole('button', { name: 'Publier', exact: true }).click();
    await lea.getByRole('status').filter({ hasText: 'Publication publiée.' }).waitFor();
    const community = feedOf(lea, 'Publications de Atelier photo');
    await community.getByText('Sortie photo samedi au parc').waitFor();

    // Still there for someone else, after a reload from the server.
    await admin.reload();
    await feedOf(admin, 'Publications de Atelier photo').getByText('Sortie photo samedi au parc').waitFor();

    await lea
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Accueil' })
      .click();
    await feedOf(lea, 'Fil d’actualité').getByText('Sortie photo samedi au parc').waitFor();
  });

  it('shows a reaction at once and keeps it after a reload', async () => {
    const post = feedOf(lea, 'Fil d’actualité')
      .getByRole('article')
      .filter({ hasText: 'Sortie photo samedi' });
    const bravo = post.getByRole('button', { name: /^Bravo/ });
    await bravo.click();
    expect(await bravo.getAttribute('aria-pressed')).toBe('true');
    await post.getByRole('button', { name: '1 réaction' }).waitFor();

    await lea.reload();
    const again = feedOf(lea, 'Fil d’actualité')
      .getByRole('article')
      .filter({ hasText: 'Sortie photo samedi' });
    await expect
      .poll(() => again.getByRole('button', { name: 'Bravo (1)' }).getAttribute('aria-pressed'))
      .toBe('true');
  });

  it('announces new posts of her communities while she reads, and shows them on request', async () => {
    const { community } = await gql(admin, '{ community(slug: "atelier-photo") { id } }');
    await createPost(admin, community.id, 'Le tirage grand format est prêt à l’accueil.');
    const button = lea.getByRole('button', { name: /1 nouvelle publication/ });
    await button.waitFor({ timeout: 15_000 });
    expect(await feedOf(lea, 'Fil d’actualité').getByText('Le tirage grand format').count()).toBe(0);
    await button.click();
    await feedOf(lea, 'Fil d’actualité').getByText('Le tirage grand format').waitFor();
  });

  it('looks right on a desktop and on a phone', async () => {
    await lea.goto('/communities/atelier-photo');
    await feedOf(lea, 'Publications de Atelier photo').waitFor();
    await screenshot(lea, 'community-desktop');
    await lea.goto('/');
    await feedOf(lea, 'Fil d’actualité').waitFor();
    await screenshot(lea, 'feed-desktop');

    const small = await (await newVisitor(browser, { viewport: phone })).newPage();
    await signIn(small, 'employe@atlas.example');
    await feedOf(small, 'Fil d’actualité').waitFor();
    await screenshot(small, 'feed-phone');
    await small
      .getByRole('combobox', { name: 'Votre publication' })
      .fill('Un sondage pour la prochaine sortie ?');
    await small.getByRole('button', { name: 'Sondage' }).click();
    await small.getByRole('button', { name: 'Programmer' }).click();
    await screenshot(small, 'composer-phone');
    await small.goto('/communities/atelier-photo');
    await feedOf(small, 'Publications de Atelier photo').waitFor();
    await screenshot(small, 'community-phone');
    const width = await small.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    await small.context().close();
  });
});
