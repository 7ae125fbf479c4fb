import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, signIn } from './support/browser';
import { createCommunity, createPost, gql } from './support/graphql';

let browser: Browser;
let olivia: Page;
let lea: Page;

const FRENCH = 'Le déménagement du service marketing se fera jeudi, pensez à vider vos armoires avant midi.';

beforeAll(async () => {
  browser = await launchBrowser();
  olivia = await (await newVisitor(browser, { locale: 'en-GB' })).newPage();
  lea = await (await newVisitor(browser)).newPage();
  await signIn(olivia, 'employee@atlas.example');
  await signIn(lea, 'employe@atlas.example');
});
afterAll(() => browser?.close());

const feedText = (page: Page) => page.getByRole('feed').textContent();

describe('the languages of the feed', () => {
  it('leaves out what an English reader does not read, until she chooses to read it', async () => {
    const community = await createCommunity(lea, { name: 'Across the Channel' });
    await gql(olivia, 'mutation($id: ID!) { joinCommunity(id: $id) { __typename } }', { id: community.id });
    await createPost(lea, community.id, FRENCH);
    await createPost(lea, community.id, 'Our new flat white machine is on the second floor, enjoy it.');

    await olivia.goto('/');
    await olivia.getByRole('feed').getByText('Our new flat white machine').waitFor();
    expect(await feedText(olivia)).not.toContain('Le déménagement du service marketing');

    await olivia.getByRole('button', { name: /Olivia Smith/ }).click();
    await olivia.getByRole('link', { name: 'Settings', exact: true }).click();
    await olivia.getByRole('heading', { level: 2, name: 'Languages of my feed' }).waitFor();
    expect(await olivia.getByRole('checkbox', { name: 'English' }).isChecked()).toBe(true);
    await olivia.getByRole('checkbox', { name: 'French' }).check();
    await olivia.getByRole('button', { name: 'Save' }).first().click();
    await olivia.getByRole('status').filter({ hasText: 'Languages of your feed saved.' }).waitFor();

    await olivia.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await olivia.getByRole('feed').getByText('Le déménagement du service marketing').waitFor();
  });

  it('lets the author correct the language the server detected', async () => {
    const community = await createCommunity(lea, { name: 'Langues mêlées' });
    const postId = await createPost(
      lea,
      community.id,
      'Guten Morgen, wir treffen uns heute um zehn Uhr im großen Saal.',
    );
    await lea.goto(`/communities/${community.slug}/posts/${postId}`);
    await lea.getByRole('button', { name: 'Autres actions sur cette publication' }).click();
    await lea.getByRole('button', { name: 'Modifier' }).click();
    const language = lea.getByLabel('Langue de la publication');
    await expect.poll(() => language.inputValue()).toBe('de');
    await language.selectOption('fr');
    await lea.getByRole('button', { name: 'Enregistrer' }).click();
    await language.waitFor({ state: 'detached' });
    const { post } = await gql(lea, 'query($id: ID!) { post(id: $id) { language } }', { id: postId });
    expect(post.language).toBe('fr');
  });
});
