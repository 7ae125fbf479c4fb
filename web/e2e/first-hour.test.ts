import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, signIn } from './support/browser';
import { addComment, createCommunity, createPost, gql } from './support/graphql';

let browser: Browser;
let lea: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  lea = await (await newVisitor(browser)).newPage();
  await signIn(lea, 'employe@atlas.example');
});
afterAll(() => browser?.close());

const box = async (locator: ReturnType<Page['locator']>) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
};

describe('the details of the first hour', () => {
  it('puts "Répondre" on the row of reaction buttons under a comment, below the count', async () => {
    const community = await createCommunity(lea, { name: 'Atelier mise en page' });
    const postId = await createPost(
      lea,
      community.id,
      'Une publication pour la mise en page des commentaires',
    );
    const commentId = await addComment(lea, postId, 'Un commentaire qui reçoit une réaction');
    await gql(lea, 'mutation($id: ID!) { react(commentId: $id, kind: bravo) { __typename } }', {
      id: commentId,
    });

    await lea.goto(`/communities/${community.slug}/posts/${postId}`);
    const plain = Buffer.from(commentId, 'base64').toString().split(':')[1];
    const comment = lea.locator(`[id="comment-${plain}"]`);
    const count = comment.getByRole('button', { name: '1 réaction' });
    const kinds = comment.getByRole('group', { name: 'Réagir' });
    const reply = comment.getByRole('button', { name: 'Répondre' });
    await reply.waitFor();
    const [c, k, r] = [await box(count), await box(kinds), await box(reply)];
    // On the line of the buttons, after them; not between the count and the buttons.
    expect(Math.abs(r.y + r.height / 2 - (k.y + k.height / 2))).toBeLessThan(6);
    expect(r.x).toBeGreaterThan(k.x + k.width - 1);
    expect(r.y).toBeGreaterThan(c.y + c.height - 1);
  });

  it('shows one toast at a time, and not on the next page', async () => {
    await lea.goto('/');
    const bookmark = lea.getByRole('feed').getByRole('button', { name: 'Favori' }).first();
    for (let i = 0; i < 3; i++) await bookmark.click();
    const toasts = lea.locator('.toaster [role="status"]');
    await expect.poll(() => toasts.allTextContents()).toEqual([expect.stringContaining('favoris')]);
    await bookmark.click();

    await lea.waitForTimeout(1_600);
    await lea
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Communautés' })
      .click();
    await lea.getByRole('heading', { level: 1, name: 'Communautés' }).waitFor();
    expect(await toasts.count()).toBe(0);
  });

  it('empties the header search on other pages', async () => {
    await lea.goto('/');
    const search = lea.getByRole('searchbox', { name: 'Rechercher dans Levain' });
    await search.fill('charte');
    await search.press('Enter');
    await lea.waitForURL(/\/search\?q=charte/);
    await expect.poll(() => search.inputValue()).toBe('charte');
    await lea
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Accueil' })
      .click();
    await lea.getByRole('heading', { level: 1, name: 'Bonjour, Léa' }).waitFor();
    expect(await search.inputValue()).toBe('');
  });

  it('names community roles in inclusive French', async () => {
    const community = await createCommunity(lea, { name: 'Atelier des rôles' });
    await lea.goto(`/communities/${community.slug}/members`);
    await lea.getByText('Propriétaire').first().waitFor();
    const options = await lea.getByRole('main').locator('select option').allTextContents();
    expect(options).toContain('Animateur·rice');
    expect(options).not.toContain('Animateur');
  });
});
