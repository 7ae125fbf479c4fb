import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCEL, createEvent, eventInput, rawId, serveHttp } from './support/fixtures/events';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let admin: SignedInClient;
let http: Awaited<ReturnType<typeof serveHttp>>;

beforeAll(async () => {
  app = await createTestApp();
  admin = await app.signedIn(['admin']);
  http = await serveHttp(app);
});
afterAll(async () => {
  await http.close();
  await app.close();
});

/** What a calendar application reads from the file: ical.js, with the file's own VTIMEZONE. */
async function download(client: SignedInClient, icsUrl: string) {
  const response = await http.get(client, new URL(icsUrl).pathname);
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

describe('the .ics file of an event', () => {
  it('keeps the time zone, the series and the place through a calendar application', async () => {
    const created = await createEvent(
      admin,
      eventInput(0, {
        title: 'Café des nouveaux arrivants',
        startsAt: '2027-03-15T08:30:00Z',
        endsAt: '2027-03-15T09:30:00Z',
        recurrence: { frequency: 'weekly', interval: 2, count: 4 },
      }),
    );
    const event = await download(admin, created.icsUrl);
    expect(event.summary).toBe('Café des nouveaux arrivants');
    expect(event.location).toBe('Lyon, salle Confluence');
    expect(event.uid).toBe(`${rawId(created.id)}@levain`);
    expect(event.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(event.startDate.toString()).toBe('2027-03-15T09:30:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-15T08:30:00.000Z');
    expect(event.isRecurring()).toBe(true);
    const starts = [];
    const occurrences = event.iterator();
    for (let next = occurrences.next(); next; next = occurrences.next()) starts.push(next.toString());
    // Every other Monday at 9:30 in Paris, summer time from 28 March included.
    expect(starts).toEqual([
      '2027-03-15T09:30:00',
      '2027-03-29T09:30:00',
      '2027-04-12T09:30:00',
      '2027-04-26T09:30:00',
    ]);
    expect(occurrences.last?.toJSDate().toISOString()).toBe('2027-04-26T07:30:00.000Z');
  });

  it('says STATUS:CANCELLED once the event is cancelled', async () => {
    const created = await createEvent(admin, eventInput(24));
    expect((await download(admin, created.icsUrl)).component.getFirstPropertyValue('status')).toBe(
      'CONFIRMED',
    );
    await admin.data(CANCEL, { id: created.id });
    const cancelled = await download(admin, created.icsUrl);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.sequence).toBe(1);
  });

  it('is not found for an unknown event and asks to sign in without a session', async () => {
    const unknown = await http.get(admin, '/events/00000000-0000-4000-8000-000000000000.ics');
    expect(unknown.status).toBe(404);
    const created = await createEvent(admin, eventInput(24));
    const anonymous = await http.get(app.client(), new URL(created.icsUrl).pathname);
    expect(anonymous.status).toBe(401);
  });
});
