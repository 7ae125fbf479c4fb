import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';

const LAUNCH = 'Lancement d’Atlas Flow – en direct';

let browser: Browser;
let lea: Page;
let thomas: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  lea = await (await newVisitor(browser)).newPage();
  thomas = await (await newVisitor(browser)).newPage();
  await signIn(lea, 'employe@atlas.example');
  await signIn(thomas, 'manager@atlas.example');
});
afterAll(() => browser?.close());

async function openLaunch(page: Page) {
  await page.goto('/events');
  await page.getByRole('link', { name: LAUNCH }).first().click();
  await page.getByRole('heading', { level: 1, name: LAUNCH }).waitFor();
  await page.getByRole('heading', { level: 2, name: /En direct/ }).waitFor();
}

describe('following an event live', () => {
  it('brings Léa’s live post to Thomas’ open page, and checks Léa in with the room’s code', async () => {
    await openLaunch(thomas);
    await thomas.getByText('C’est parti ! L’auditorium est plein').waitFor();
    expect(await accessibilityViolations(thomas)).toEqual([]);

    await openLaunch(lea);
    await lea.getByLabel('Arrivé·e ? Saisissez le code affiché dans la salle :').fill('nope');
    await lea.getByRole('button', { name: 'Enregistrer mon arrivée' }).click();
    await lea.getByText('Ce code ne correspond pas à celui affiché dans la salle.').waitFor();
    await lea.getByLabel('Arrivé·e ? Saisissez le code affiché dans la salle :').fill('flow42');
    await lea.getByRole('button', { name: 'Enregistrer mon arrivée' }).click();
    await lea.getByText('Votre arrivée est enregistrée. Bienvenue !').waitFor();

    await lea.getByLabel('Votre publication').fill('Je suis au premier rang : la démo commence !');
    await lea.getByRole('button', { name: 'Publier' }).click();
    await lea.getByRole('feed').getByText('Je suis au premier rang : la démo commence !').waitFor();
    expect(await accessibilityViolations(lea)).toEqual([]);

    // Thomas did not reload: the post arrived over the subscription.
    await thomas.getByRole('feed').getByText('Je suis au premier rang : la démo commence !').waitFor();
  });
});
