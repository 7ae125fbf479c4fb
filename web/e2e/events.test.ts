import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newVisitor, phone, screenshot, signIn } from './support/browser';

const WORKSHOP = 'Atelier : bien démarrer sur le réseau social interne';

let browser: Browser;
let lea: Page;
let olivia: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  lea = await (await newVisitor(browser)).newPage();
  olivia = await (await newVisitor(browser, { viewport: phone, locale: 'en-GB' })).newPage();
  await signIn(lea, 'employe@atlas.example');
  await signIn(olivia, 'employee@atlas.example');
});
afterAll(() => browser?.close());

describe('the agenda and an event', () => {
  it('shows Léa the next 30 days from the navigation, the launch running now among them', async () => {
    await lea
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Agenda' })
      .click();
    await lea.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    const launch = lea.getByRole('link', { name: /Lancement d’Atlas Flow – en direct/ });
    await launch.waitFor();
    expect(await launch.textContent()).toContain('J’y vais');
    await lea
      .getByRole('link', { name: /Afterwork de la rentrée/ })
      .getByText('Annulé')
      .waitFor();
    expect(await lea.getByRole('link', { name: /Exercice de crise/ }).count()).toBe(0);
    expect(await accessibilityViolations(lea)).toEqual([]);

    await lea.getByRole('link', { name: 'Événements passés' }).click();
    await lea.getByRole('link', { name: /Convention annuelle Groupe Atlas 2026/ }).waitFor();
  });

  it('tells Olivia, on a phone, that the full workshop puts her on the waiting list (position 2)', async () => {
    await olivia.goto('/events');
    await olivia.getByRole('link', { name: new RegExp(WORKSHOP) }).click();
    await olivia.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    await olivia.getByText('Full: you are on the waiting list (position 2).', { exact: false }).waitFor();
    await olivia.getByText('12 of 12 taken').waitFor();
    const scrolls = await olivia.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrolls).toBe(false);
    expect(await accessibilityViolations(olivia)).toEqual([]);
    await screenshot(olivia, 'event-phone');
  });

  it('gives Léa’s seat to the first waiting when she declines, and Olivia moves up', async () => {
    await lea.goto('/events');
    await lea.getByRole('link', { name: new RegExp(WORKSHOP) }).click();
    await lea.getByRole('heading', { level: 1, name: WORKSHOP }).waitFor();
    await lea.getByText('Vous y allez : à bientôt.').waitFor();
    await lea.getByRole('button', { name: 'Je n’y vais pas' }).click();
    await expect
      .poll(() => lea.getByRole('button', { name: 'Je n’y vais pas' }).getAttribute('aria-pressed'))
      .toBe('true');
    // Thomas, first on the list, took the seat: still full, and Olivia is now first.
    await lea.getByText('12 sur 12 prises').waitFor();
    await olivia.reload();
    await olivia.getByText('Full: you are on the waiting list (position 1).', { exact: false }).waitFor();
  });

  it('offers the event as an .ics file for the calendar', async () => {
    const link = lea.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' });
    const url = await link.getAttribute('href');
    expect(url).toMatch(/\/events\/[0-9a-f-]{36}\.ics$/);
    const response = await lea.request.get(url!);
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:');
  });
});
