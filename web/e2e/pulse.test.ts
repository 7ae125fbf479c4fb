import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, phone, SCREENSHOTS, screenshot, signIn } from './support/browser';

let browser: Browser;
let employee: Page;
let hr: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  employee = await (await newVisitor(browser, { viewport: phone })).newPage();
  hr = await (await newVisitor(browser)).newPage();
  await signIn(employee, 'employe@atlas.example');
  await signIn(hr, 'rh@atlas.example');
});
afterAll(() => browser?.close());

describe('the climate barometer', () => {
  it('lets an employee answer her pulse from the top of her feed, on a phone, in a few taps', async () => {
    const card = employee.getByRole('article', { name: 'Baromètre social Atlas' });
    await card.waitFor();
    expect(await accessibilityViolations(employee)).toEqual([]);
    const questions = card.getByRole('group');
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(5);
    const started = Date.now();
    for (let i = 0; i < count; i += 1) await questions.nth(i).getByRole('radio').nth(3).check();
    await card.screenshot({ path: `${SCREENSHOTS}/pulse-card-phone.png` });
    await card.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await card
      .getByRole('status')
      .filter({ hasText: 'Merci ! Vos réponses sont enregistrées, sans votre nom.' })
      .waitFor();
    expect(Date.now() - started).toBeLessThan(60_000);

    await employee.reload();
    await employee.getByRole('heading', { level: 1, name: 'Bonjour, Léa' }).waitFor();
    expect(await employee.getByRole('article', { name: 'Baromètre social Atlas' }).count()).toBe(0);
  });

  it('shows HR the heatmap from her navigation, with a team of four hidden and counted in its parent', async () => {
    await hr
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Baromètre', exact: true })
      .click();
    await hr.getByRole('heading', { level: 1, name: 'Baromètre social' }).waitFor();
    await hr.getByRole('link', { name: 'Tableau de bord', exact: true }).click();
    const table = hr.getByRole('table', { name: /Carte de chaleur/ });
    await table.waitFor();

    const press = table.locator('tr[data-unit="Relations presse"]');
    await expect.poll(() => press.textContent()).toContain('trop peu');
    expect(await press.textContent()).toContain('compté dans Communication France');
    const parent = table.locator('tr[data-unit="Communication France"]');
    expect(Number(await parent.locator('td').first().textContent())).toBeGreaterThanOrEqual(5);
    expect(await accessibilityViolations(hr)).toEqual([]);

    await table.getByRole('button', { name: 'Commercial France', exact: true }).click();
    await hr.getByRole('heading', { level: 2, name: 'Détail : Commercial France' }).waitFor();
    await hr.getByRole('figure').first().waitFor();
    await screenshot(hr, 'pulse-dashboard');
    expect(await accessibilityViolations(hr)).toEqual([]);
  });

  it('loads the chart library only on the results pages', async () => {
    const scripts: string[] = [];
    const page = await (await newVisitor(browser)).newPage();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await signIn(page, 'rh@atlas.example');
    // HR's summary on her home page: open campaigns, alerts, a way to the heatmap.
    const summary = page.getByRole('article', { name: 'Baromètre social', exact: true });
    await summary.getByRole('link', { name: 'Voir la carte de chaleur' }).waitFor();
    await summary.screenshot({ path: `${SCREENSHOTS}/pulse-hr-home.png` });
    expect(await summary.textContent()).toMatch(/Baromètre social Atlas —\s+taux de réponse : \d+(,\d)? %/);
    expect(scripts.some((path) => /\/Dashboard-[\w-]+\.js$/.test(path))).toBe(false);
    await summary.getByRole('link', { name: 'Voir la carte de chaleur' }).click();
    await page.getByRole('table', { name: /Carte de chaleur/ }).waitFor();
    await page
      .getByRole('table', { name: /Carte de chaleur/ })
      .screenshot({ path: `${SCREENSHOTS}/pulse-heatmap.png` });
    expect(scripts.some((path) => /\/Dashboard-[\w-]+\.js$/.test(path))).toBe(true);
    await page.close();
  });
});
