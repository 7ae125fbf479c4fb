import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, phone, screenshot, signIn } from './support/browser';

const LAUNCH = 'Lancement Atlas Flow – plan marketing';
const LINKEDIN = 'Posts de la campagne LinkedIn';

let browser: Browser;
let lea: Page;
let thomas: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  lea = await (await newVisitor(browser)).newPage();
  thomas = await (await newVisitor(browser, { viewport: phone })).newPage();
  await signIn(lea, 'employe@atlas.example');
  await signIn(thomas, 'manager@atlas.example');
});
afterAll(() => browser?.close());

const column = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });

describe('projects, their board and my tasks', () => {
  it('shows Léa her tasks across projects from the navigation, the overdue ones first', async () => {
    await lea
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Projets' })
      .click();
    await lea.getByRole('heading', { level: 1, name: 'Projets' }).waitFor();
    await lea.getByRole('link', { name: 'Mes tâches' }).click();
    await lea.getByRole('heading', { level: 1, name: 'Mes tâches' }).waitFor();
    await lea.getByRole('heading', { level: 2, name: LINKEDIN }).waitFor();
    const titles = await lea.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(titles.slice(0, 3)).toEqual(
      expect.arrayContaining([
        LINKEDIN,
        'Kit commercial : argumentaire et FAQ',
        'Relire les fiches métiers marketing',
      ]),
    );
    expect(titles.at(-1)).toBe('Newsletter clients de lancement');
    expect(await lea.getByText(/^! En retard$/).count()).toBe(3);
    expect(await accessibilityViolations(lea)).toEqual([]);
  });

  it('lets Léa move a task to “in progress” with the keyboard alone, and the move stays', async () => {
    await lea.getByRole('link', { name: LAUNCH }).first().click();
    await column(lea, 'À faire').getByRole('heading', { name: LINKEDIN }).waitFor();
    expect(await accessibilityViolations(lea)).toEqual([]);

    const move = lea.getByRole('combobox', { name: `Déplacer « ${LINKEDIN} » vers` });
    await move.focus();
    await lea.keyboard.press('ArrowDown');
    await lea
      .getByRole('status')
      .filter({ hasText: `« ${LINKEDIN} » déplacée vers En cours.` })
      .waitFor();
    await column(lea, 'En cours').getByRole('heading', { name: LINKEDIN }).waitFor();

    await lea.reload();
    await column(lea, 'En cours').getByRole('heading', { name: LINKEDIN }).waitFor();
    expect(await column(lea, 'À faire').getByRole('heading', { name: LINKEDIN }).count()).toBe(0);

    await lea.getByRole('link', { name: 'Liste' }).click();
    const row = lea.getByRole('row', { name: new RegExp(LINKEDIN) });
    expect(await row.getByRole('combobox').inputValue()).toBe('doing');
    expect(await accessibilityViolations(lea)).toEqual([]);
  });

  it('filters the directory by weather', async () => {
    await lea.goto('/projects');
    await lea.getByRole('heading', { level: 2, name: LAUNCH }).waitFor();
    await lea.getByLabel('Météo').selectOption({ label: 'En retard' });
    await lea.getByRole('heading', { level: 2, name: 'Refonte du site carrières' }).waitFor();
    await expect.poll(() => lea.getByRole('heading', { level: 2, name: LAUNCH }).count()).toBe(0);
    expect(await accessibilityViolations(lea)).toEqual([]);
  });

  it('gives Thomas, on a phone, the portfolio of his unit and his project’s weather history', async () => {
    await thomas.goto('/projects/portfolio');
    await thomas.getByText('Les projets liés à', { exact: false }).waitFor();
    const launch = thomas.getByRole('article').filter({ hasText: LAUNCH });
    await launch.getByText('1 jalon en retard').waitFor();
    await launch.getByText('Kit commercial livré', { exact: false }).waitFor();
    expect(await accessibilityViolations(thomas)).toEqual([]);

    await launch.getByRole('link', { name: LAUNCH }).click();
    const timeline = thomas.getByRole('region', { name: 'Historique de la météo' });
    await timeline.getByText('Campagne digitale à caler avant le salon').waitFor();
    expect(await timeline.getByRole('listitem').count()).toBe(3);
    await thomas.getByRole('button', { name: 'Publier le point' }).waitFor();
    const scrolls = await thomas.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrolls).toBe(false);
    expect(await accessibilityViolations(thomas)).toEqual([]);
    await screenshot(thomas, 'project-phone');
  });
});
