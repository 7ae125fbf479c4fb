import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, phone, screenshot, signIn } from './support/browser';

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
});
