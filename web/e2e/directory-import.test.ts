import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newVisitor(browser)).newPage();
  await signIn(page, 'admin@atlas.example');
});
afterAll(() => browser?.close());

function csv(name: string, lines: string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) };
}

async function importFile(file: ReturnType<typeof csv>) {
  await page.goto('/admin/import');
  await page.getByRole('heading', { level: 1, name: 'Import de l’annuaire' }).waitFor();
  await page.getByLabel('Fichier CSV').setInputFiles(file);
  await page.getByRole('button', { name: 'Importer' }).click();
}

async function searchDirectory(term: string) {
  await page.goto(`/people?q=${encodeURIComponent(term)}`);
  await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'personnes affichées' }).waitFor();
}

describe('importing the directory from a CSV file', () => {
  it('reports the bad line and imports nothing', async () => {
    await importFile(
      csv('annuaire.csv', [
        'email;name;title;org_unit',
        'ines.garnier@atlas.example;Inès Garnier;Chargée de veille;fr-communication',
        'pas-une-adresse;Paul Sansmail;Stagiaire;fr-communication',
      ]),
    );
    const issues = page.getByRole('table', { name: 'Lignes à corriger' });
    await issues.waitFor();
    const rows = await issues.locator('tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^3\s+email\s+/);

    await searchDirectory('Inès Garnier');
    await page.getByText('Personne ne correspond').waitFor();
  });

  it('imports a good file, counts it, and the new person is in the directory', async () => {
    await importFile(
      csv('annuaire.csv', [
        'email,name,title,org_unit,manager_email',
        'ines.garnier@atlas.example,Inès Garnier,Chargée de veille,fr-communication,admin@atlas.example',
        'noah.lefort@atlas.example,Noah Lefort,Community manager,fr-communication,',
      ]),
    );
    const done = page.getByRole('heading', { name: 'Import terminé' });
    await done.waitFor();
    const summary = await page.getByRole('status').filter({ has: done }).textContent();
    expect(summary).toMatch(/2\s+personnes ajoutées/);

    await searchDirectory('Inès Garnier');
    await page.getByRole('link', { name: /Inès Garnier.*Chargée de veille/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Inès Garnier' }).waitFor();
    await page.getByRole('link', { name: 'Camille Martin' }).waitFor();
  });
});
