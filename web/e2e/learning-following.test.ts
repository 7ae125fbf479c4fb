import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, signIn } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the chief CM follows the CM academy and assigns it', () => {
  it('sees learners with their progress and who is overdue, then assigns Léa, who is told', async () => {
    // In Paris like Léa: the due date chosen is the day she reads.
    const page = await (await newVisitor(browser, { timezoneId: 'Europe/Paris' })).newPage();
    await signIn(page, 'cm@atlas.example');
    await page.goto('/learning');
    await page.getByRole('link', { name: 'CM academy : le métier de manager CM' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'CM academy : le métier de manager CM' }).waitFor();

    const learners = page.getByRole('table', { name: 'Apprenant·e·s' });
    await learners.getByRole('row').nth(1).waitFor();
    expect(await learners.getByRole('cell', { name: 'Terminé' }).count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: 'En retard seulement' }).check();
    await expect.poll(() => learners.getByRole('row').count()).toBe(3);
    expect(await learners.getByRole('cell', { name: 'En retard', exact: true }).count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Assigner ce parcours' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assigner « CM academy : le métier de manager CM »' });
    await dialog.getByLabel('Personnes').fill('Léa Dub');
    await dialog.getByRole('list', { name: 'Personnes trouvées' }).getByLabel('Léa Dubois').check();
    await dialog.getByRole('button', { name: 'Assigner' }).click();
    // No due date yet: the field says so, nothing is sent.
    await dialog.getByText('Choisissez une date limite.').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByLabel('Date limite').fill('2099-03-31');
    await dialog.getByRole('button', { name: 'Assigner' }).click();
    await page.getByText('Parcours assigné à 1 personne').waitFor();
    await page.getByRole('checkbox', { name: 'En retard seulement' }).uncheck();
    await learners.getByRole('row', { name: /Léa Dubois/ }).waitFor();

    const lea = await (await newVisitor(browser)).newPage();
    await signIn(lea, 'employe@atlas.example');
    await lea.goto('/notifications');
    // The notifications page, not the bell's hidden copy of the same message.
    await lea
      .getByRole('main')
      .getByText('Julien Moreau', { exact: false })
      .filter({
        hasText:
          'vous a assigné le parcours « CM academy : le métier de manager CM », à terminer avant le 31 mars 2099',
      })
      .first()
      .waitFor();
    expect(await accessibilityViolations(lea)).toEqual([]);
  });
});
