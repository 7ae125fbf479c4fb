import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, screenshot, signIn } from './support/browser';

let browser: Browser;
let chief: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  chief = await (await newVisitor(browser)).newPage();
  await signIn(chief, 'cm@atlas.example');
});
afterAll(() => browser?.close());

describe('the monthly report cycle', () => {
  it('lets the chief CM see where reports stand and validate a CM’s report', async () => {
    await chief
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Rapports mensuels', exact: true })
      .click();
    await chief.getByRole('heading', { level: 1, name: 'Rapports mensuels' }).waitFor();
    await chief.getByRole('heading', { level: 2, name: 'Où en sont les rapports' }).waitFor();
    expect(await chief.getByRole('rowheader', { name: 'Tout le réseau' }).count()).toBe(1);
    expect(await accessibilityViolations(chief)).toEqual([]);
    await screenshot(chief, 'cm-network-reports');

    const validate = chief.getByRole('button', { name: 'Valider', exact: true });
    const before = await validate.count();
    expect(before).toBeGreaterThan(0);
    const report = chief.getByRole('listitem').filter({ has: validate }).first();
    await report.getByRole('textbox').fill('Merci, très utile pour le comité.');
    await validate.first().click();
    await chief.getByRole('status').filter({ hasText: 'Rapport validé.' }).waitFor();
    await expect.poll(() => validate.count()).toBe(before - 1);
  });

  it('lets a part-time CM write and submit their report', async () => {
    const page = await (await newVisitor(browser)).newPage();
    await signIn(page, 'manager@atlas.example');
    await page.goto(new URL('/cm-network/reports', page.url()).href);
    await page.getByRole('heading', { level: 2, name: /^Rapport : / }).waitFor();
    // Last month's report is due on the 5th of this one (00:00 UTC): unwritten, it is late from then on.
    const unwritten = new Date().getUTCDate() >= 5 ? 'En retard' : 'En attente';
    expect(await page.getByText(unwritten, { exact: true }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page
      .getByLabel('Faits marquants')
      .fill('Défi photo : 25 participations, deux nouveaux animateurs.');
    await page.getByLabel('Demandes et contacts reçus').fill('La RH demande un espace onboarding.');
    await page
      .getByLabel('Recommandations pour ajuster la stratégie')
      .fill('Un rendez-vous hebdomadaire fixe.');
    await page.getByRole('button', { name: 'Soumettre le rapport' }).click();
    await page.getByRole('status').filter({ hasText: 'Rapport soumis.' }).waitFor();
    await page.getByText('Soumis', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Soumettre le rapport' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the chief CM the part-time CMs’ workload', async () => {
    await chief
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Charge des CM à temps partiel', exact: true })
      .click();
    await chief.getByRole('heading', { level: 1, name: 'Charge des CM à temps partiel' }).waitFor();
    await chief.getByRole('table').waitFor();
    expect(await chief.getByRole('rowheader').count()).toBeGreaterThan(5);
    expect(await accessibilityViolations(chief)).toEqual([]);
  });
});
