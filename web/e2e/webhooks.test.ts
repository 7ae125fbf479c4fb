import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, phone, signIn } from './support/browser';

let browser: Browser;
let admin: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newVisitor(browser)).newPage();
  await signIn(admin, 'admin@atlas.example');
});
afterAll(() => browser?.close());

describe('webhooks in the administration', () => {
  it('shows the demo relay and its delivery log, adds a webhook with its key shown once, and deletes it', async () => {
    await admin.goto('/admin');
    await admin
      .getByRole('navigation', { name: /administration/i })
      .getByRole('link', { name: 'Webhooks' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    const relay = admin.getByRole('listitem').filter({ hasText: 'chat.atlas.example' });
    await relay.getByText('Journal de livraison').click();
    await relay.getByRole('cell', { name: '503' }).waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);

    await admin.getByLabel('Adresse HTTPS').fill('http://10.0.0.8/hook');
    await admin.getByRole('button', { name: 'Ajouter le webhook' }).click();
    await admin.getByText('Le webhook doit utiliser HTTPS').waitFor();

    await admin.getByLabel('Adresse HTTPS').fill('https://hooks.exemple.fr/levain');
    await admin.getByLabel('Un commentaire est ajouté').check();
    await admin.getByRole('button', { name: 'Ajouter le webhook' }).click();
    const key = admin.getByLabel('Clé de signature du webhook');
    await key.waitFor();
    expect(await key.inputValue()).toMatch(/^whsec_/);
    expect(await accessibilityViolations(admin)).toEqual([]);

    const added = admin.getByRole('listitem').filter({ hasText: 'hooks.exemple.fr' });
    await added.getByRole('button', { name: 'Désactiver' }).click();
    await added.getByText('Désactivé', { exact: true }).waitFor();
    await added.getByRole('button', { name: 'Supprimer' }).click();
    await added.getByRole('button', { name: 'Oui' }).click();
    await admin.getByText('Webhook supprimé.').waitFor();
    expect(await admin.getByRole('listitem').filter({ hasText: 'hooks.exemple.fr' }).count()).toBe(0);
  });

  it('lists the record of processing activities of the core and each plugin', async () => {
    await admin.goto('/admin/records');
    await admin.getByRole('heading', { level: 1, name: 'Registre des traitements' }).waitFor();
    await admin.getByRole('heading', { level: 2, name: 'Comptes et annuaire' }).waitFor();
    await admin.getByRole('heading', { level: 2, name: 'Baromètres social et climat' }).waitFor();
    await admin.getByText('Déclaré par pulse').waitFor();
    expect(await accessibilityViolations(admin)).toEqual([]);
  });

  it('fits a phone screen', async () => {
    const small = await (await newVisitor(browser, { viewport: phone })).newPage();
    await signIn(small, 'admin@atlas.example');
    await small.goto('/admin/webhooks');
    await small.getByText('chat.atlas.example', { exact: false }).first().waitFor();
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityViolations(small)).toEqual([]);
  });
});
