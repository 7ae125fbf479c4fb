import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, screenshot, signIn } from './support/browser';

let browser: Browser;
let chief: Page;
let hr: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  chief = await (await newVisitor(browser)).newPage();
  await signIn(chief, 'cm@atlas.example');
  hr = await (await newVisitor(browser)).newPage();
  await signIn(hr, 'rh@atlas.example');
});
afterAll(() => browser?.close());

const feed = (page: Page) => page.getByRole('feed', { name: 'Publications de Qualité de vie au travail' });

describe('the crisis cell', () => {
  it('holds a CM’s post in crisis mode until the lead approves it, then it appears', async () => {
    const body = 'Point d’étape : la direction confirme qu’aucun départ contraint n’est envisagé à Lyon.';
    await hr.goto(new URL('/communities/qualite-de-vie-au-travail', hr.url()).href);
    await hr.getByRole('combobox', { name: 'Votre publication' }).fill(body);
    await hr.getByRole('button', { name: 'Publier', exact: true }).click();
    await hr.getByRole('status').filter({ hasText: 'pour validation' }).waitFor();
    await chief.goto(new URL('/communities/qualite-de-vie-au-travail', chief.url()).href);
    await feed(chief).waitFor();
    expect(await feed(chief).getByText(body).count()).toBe(0);

    await chief
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Cellule de crise', exact: true })
      .click();
    await chief.getByRole('heading', { level: 1, name: 'Cellule de crise' }).waitFor();
    expect(await accessibilityViolations(chief)).toEqual([]);
    await chief.getByRole('link', { name: 'Rumeur de fermeture du site de Lyon' }).click();
    await chief.getByRole('heading', { level: 1, name: 'Rumeur de fermeture du site de Lyon' }).waitFor();
    const held = chief.getByRole('listitem').filter({ hasText: body });
    await held.waitFor();
    expect(await accessibilityViolations(chief)).toEqual([]);
    await screenshot(chief, 'crisis-cell-incident');

    await held.getByRole('button', { name: /^Approuver et publier/ }).click();
    await chief.getByRole('status').filter({ hasText: 'Enregistré.' }).waitFor();
    expect(await chief.getByRole('listitem').filter({ hasText: body }).count()).toBe(0);
    await chief.getByRole('listitem').filter({ hasText: 'Publication approuvée' }).first().waitFor();

    await chief.goto(new URL('/communities/qualite-de-vie-au-travail', chief.url()).href);
    await feed(chief).getByText(body).waitFor();
  });

  it('declares an incident from the form', async () => {
    await chief.goto(new URL('/cm-network/incidents/new', chief.url()).href);
    await chief.getByRole('heading', { level: 1, name: 'Déclarer un incident' }).waitFor();
    expect(await accessibilityViolations(chief)).toEqual([]);
    await chief.getByLabel('Titre').fill('Vidéo interne diffusée à l’extérieur');
    await chief.getByRole('button', { name: 'Déclarer', exact: true }).click();
    await chief.getByRole('alert').filter({ hasText: 'au moins une communauté' }).waitFor();
    await chief.getByRole('group', { name: 'Communautés concernées' }).getByRole('checkbox').first().check();
    await chief.getByRole('button', { name: 'Déclarer', exact: true }).click();
    await chief.getByRole('heading', { level: 1, name: 'Vidéo interne diffusée à l’extérieur' }).waitFor();
    expect(await chief.getByRole('heading', { level: 2, name: 'Plan d’action' }).count()).toBe(1);
  });
});
