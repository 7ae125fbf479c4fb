import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, signIn } from './support/browser';
import { createCommunity, joinCommunity } from './support/graphql';

let browser: Browser;
let thomas: Page;
let lea: Page;
let path: string;

/** A 2×2 PNG, enough for the server to read and resize. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

beforeAll(async () => {
  browser = await launchBrowser();
  thomas = await (await newVisitor(browser)).newPage();
  lea = await (await newVisitor(browser)).newPage();
  await signIn(thomas, 'manager@atlas.example');
  await signIn(lea, 'employe@atlas.example');
  const club = await createCommunity(thomas, { name: 'Club de lecture' });
  await joinCommunity(lea, club.id);
  path = `/communities/${club.slug}`;
});
afterAll(() => browser?.close());

const postWith = (page: Page, text: string) => page.getByRole('article').filter({ hasText: text }).first();

describe('writing and discussing posts', () => {
  it('previews the Markdown as it will be published, before publishing', async () => {
    await lea.goto(path);
    await lea
      .getByRole('combobox', { name: 'Votre publication' })
      .fill('**Bravo** à toute l’équipe #lecture');
    await lea.getByRole('tab', { name: 'Aperçu' }).click();
    const preview = lea.getByRole('tabpanel', { name: 'Aperçu' });
    await preview.locator('strong', { hasText: 'Bravo' }).waitFor();
    await preview.getByRole('link', { name: '#lecture' }).waitFor();
    await lea.getByRole('tab', { name: 'Écrire' }).click();
    await lea.getByRole('combobox', { name: 'Votre publication' }).fill('');
  });

  it('publishes a post with an image and a poll; results show after voting', async () => {
    await lea.goto(path);
    await lea.getByRole('combobox', { name: 'Votre publication' }).fill('Quel livre pour le mois de juin ?');
    await lea
      .getByLabel('Joindre un fichier')
      .setInputFiles({ name: 'couverture.png', mimeType: 'image/png', buffer: png });
    await lea.getByRole('list', { name: 'Pièces jointes' }).getByText('Prêt').waitFor();
    await lea.getByRole('button', { name: 'Sondage' }).click();
    await lea.getByRole('textbox', { name: 'Réponse 1' }).fill('Le Petit Prince');
    await lea.getByRole('textbox', { name: 'Réponse 2' }).fill('Dune');
    await lea.getByRole('button', { name: 'Publier', exact: true }).click();

    const post = postWith(lea, 'Quel livre pour le mois de juin');
    await post.getByRole('img', { name: 'couverture.png' }).waitFor();
    await post.getByRole('radio', { name: 'Dune' }).check();
    await post.getByRole('button', { name: 'Voter' }).click();
    const results = post.getByRole('list', { name: 'Résultats' });
    await results.getByText('100 % · 1').waitFor();
    await post.getByText('1 votant').waitFor();
  });

  it('lets colleagues comment and reply, and shows who reacted', async () => {
    await thomas.goto(path);
    const post = postWith(thomas, 'Quel livre pour le mois de juin');
    await post.getByRole('button', { name: 'J’aime' }).click();
    await post.getByRole('button', { name: 'Commenter' }).click();
    await post.getByRole('combobox', { name: 'Votre commentaire' }).fill('Dune, sans hésiter.');
    await post.getByRole('button', { name: 'Envoyer' }).click();
    await post.getByRole('article', { name: 'Commentaire de Thomas Petit' }).waitFor();

    await lea.reload();
    const mine = postWith(lea, 'Quel livre pour le mois de juin');
    const comment = mine.getByRole('article', { name: 'Commentaire de Thomas Petit' });
    await comment.getByRole('button', { name: 'Répondre' }).click();
    await comment.getByRole('combobox', { name: 'Votre réponse à Thomas Petit' }).fill('Merci, c’est noté !');
    await comment.getByRole('button', { name: 'Répondre' }).last().click();
    await comment
      .getByRole('article', { name: 'Commentaire de Léa Dubois' })
      .getByText('Merci, c’est noté !')
      .waitFor();

    await mine.getByRole('button', { name: '1 réaction' }).click();
    const who = lea.getByRole('dialog', { name: 'Qui a réagi' });
    await who.getByRole('link', { name: 'Thomas Petit' }).waitFor();
    await who.getByRole('button', { name: 'Fermer' }).click();
  });

  it('edits a post from its Markdown source', async () => {
    const post = postWith(lea, 'Quel livre pour le mois de juin');
    await post.getByRole('button', { name: 'Autres actions sur cette publication' }).click();
    await post.getByRole('button', { name: 'Modifier', exact: true }).click();
    // While editing, the text is in the box, not in the card: look for the box on the page.
    const box = lea.getByRole('combobox', { name: 'Texte de la publication' });
    await expect.poll(() => box.inputValue()).toBe('Quel livre pour le mois de juin ?');
    await box.fill('Quel livre pour le mois de **juillet** ?');
    await lea.getByRole('button', { name: 'Enregistrer' }).click();
    const edited = postWith(lea, 'Quel livre pour le mois de juillet');
    await edited.locator('strong', { hasText: 'juillet' }).waitFor();
    await edited.getByText('modifié').waitFor();
  });

  it('asks members to acknowledge an announcement and shows the author how many did', async () => {
    await thomas
      .getByRole('combobox', { name: 'Votre publication' })
      .fill('La bibliothèque ferme le 14 juillet.');
    await thomas.getByRole('checkbox', { name: 'Annonce (à lire)' }).check();
    await thomas.getByRole('button', { name: 'Publier', exact: true }).click();
    await postWith(thomas, 'La bibliothèque ferme').getByText('Annonce', { exact: true }).waitFor();

    await lea.reload();
    const announcement = postWith(lea, 'La bibliothèque ferme');
    await announcement.getByRole('button', { name: 'J’ai lu' }).click();
    await announcement.getByText('Vous avez confirmé l’avoir lue.').waitFor();

    await thomas.reload();
    await postWith(thomas, 'La bibliothèque ferme')
      .getByText(/^Lue par 1 sur/)
      .waitFor();
  });
});
