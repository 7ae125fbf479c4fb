import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';

const TITLE = 'Atelier Markdown pour les animateur·rices';

let browser: Browser;
let cm: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  cm = await (await newVisitor(browser)).newPage();
  await signIn(cm, 'cm@atlas.example');
});
afterAll(() => browser?.close());

describe('the event form', () => {
  it('lets the chief CM create a company event from the agenda, naming the field to fix first', async () => {
    await cm.goto('/events');
    await cm.getByRole('link', { name: 'Nouvel événement' }).click();
    await cm.getByRole('heading', { level: 1, name: 'Nouvel événement' }).waitFor();
    expect(await accessibilityViolations(cm)).toEqual([]);

    await cm.getByLabel('Titre').fill(TITLE);
    await cm.getByRole('button', { name: 'Créer l’événement' }).click();
    // Neither place nor link: the server names the field, and focus moves to it.
    await cm.getByText('Indiquez un lieu ou un lien en ligne.').waitFor();
    await expect
      .poll(() => cm.evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
      .toBe('true');
    expect(await accessibilityViolations(cm)).toEqual([]);

    await cm.getByLabel('Description').fill('Les **bases** du Markdown, en une heure.');
    await cm.getByLabel('Lieu', { exact: true }).fill('Lyon, salle Confluence');
    await cm.getByLabel('Places').fill('2');
    await cm.getByRole('radio', { name: 'Chaque semaine' }).check();
    await cm.getByLabel('Nombre de fois', { exact: true }).fill('3');
    await cm.getByRole('button', { name: 'Créer l’événement' }).click();

    await cm.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await cm.getByText('0 sur 2 prises').waitFor();
    expect(await accessibilityViolations(cm)).toEqual([]);
  });

  it('edits the event and cancels it from its page', async () => {
    await cm.getByRole('link', { name: 'Modifier' }).click();
    await cm.getByRole('heading', { level: 1, name: 'Modifier l’événement' }).waitFor();
    expect(await cm.getByLabel('Places').inputValue()).toBe('2');
    await cm.getByLabel('Places').fill('5');
    await cm.getByRole('button', { name: 'Enregistrer' }).click();
    await cm.getByText('0 sur 5 prises').waitFor();

    await cm.getByRole('button', { name: 'Annuler l’événement' }).click();
    await cm.getByRole('button', { name: 'Oui', exact: true }).click();
    await cm.getByText('Cet événement est annulé.').waitFor();
  });
});
