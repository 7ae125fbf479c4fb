import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { communityGid, userGid } from './support/fixtures/communities';
import { ANSWER, CANCEL, createEvent, rawId, serveHttp } from './support/fixtures/events';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

const REGENERATE = `mutation { regenerateCalendarFeed { __typename
  ... on MutationRegenerateCalendarFeedSuccess { data { calendarFeedUrl } } } }`;
const FEED_URL =
  'query($id: ID!) { me { calendarFeedUrl } node(id: $id) { ... on User { calendarFeedUrl } } }';

let app: TestApp;
let organiser: SignedInClient;
let lea: SignedInClient;
let http: Awaited<ReturnType<typeof serveHttp>>;

beforeAll(async () => {
  app = await createTestApp();
  organiser = await app.signedIn(['admin']);
  lea = await app.signedIn();
  http = await serveHttp(app);
});
afterAll(async () => {
  await http.close();
  await app.close();
});

const paris = (title: string, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) =>
  createEvent(organiser, { title, startsAt, endsAt, timeZone: 'Europe/Paris', location: 'Lyon', ...extra });

/** What a calendar application subscribed to the URL reads (no session: the secret is the credential). */
async function subscribe(url: string) {
  const response = await http.get(app.client(), new URL(url).pathname);
  if (response.status !== 200) return { status: response.status, events: new Map<string, ICAL.Event>() };
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  return { status: 200, events: new Map(events.map((event) => [event.summary, event])) };
}

describe('the personal calendar feed', () => {
  it('holds the events answered going or maybe, with zones, series and cancellations', async () => {
    const { me } = await lea.data(FEED_URL, { id: userGid(lea.user.id) });
    expect(me.calendarFeedUrl).toBeNull();
    const regenerated = await lea.data(REGENERATE);
    const url: string = regenerated.regenerateCalendarFeed.data.calendarFeedUrl;
    expect(url).toMatch(/^http:\/\/localhost:3000\/calendar\/[A-Za-z0-9_-]{32}\.ics$/);

    const series = await paris('Café du lundi', '2031-03-17T08:30:00Z', '2031-03-17T09:00:00Z', {
      recurrence: { frequency: 'weekly', count: 3 },
    });
    const london = await createEvent(organiser, {
      title: 'UK town hall',
      startsAt: '2031-03-20T16:00:00Z',
      endsAt: '2031-03-20T17:00:00Z',
      timeZone: 'Europe/London',
      location: 'London',
    });
    const declined = await paris('Afterwork', '2031-03-21T17:30:00Z', '2031-03-21T19:00:00Z');
    const cancelled = await paris('Séminaire annulé', '2031-03-24T08:00:00Z', '2031-03-24T16:00:00Z');
    await lea.data(ANSWER, { eventId: series.id, answer: 'going' });
    await lea.data(ANSWER, { eventId: london.id, answer: 'maybe' });
    await lea.data(ANSWER, { eventId: declined.id, answer: 'declined' });
    await lea.data(ANSWER, { eventId: cancelled.id, answer: 'going' });
    await organiser.data(CANCEL, { id: cancelled.id });

    const { events } = await subscribe(url);
    expect([...events.keys()].sort()).toEqual(['Café du lundi', 'Séminaire annulé', 'UK town hall']);
    const cafe = events.get('Café du lundi')!;
    expect(cafe.uid).toBe(`${rawId(series.id)}@levain`);
    expect(cafe.startDate.zone?.tzid).toBe('Europe/Paris');
    expect(cafe.startDate.toString()).toBe('2031-03-17T09:30:00');
    const starts = [];
    const iterator = cafe.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toString());
    // Summer time starts on 30 March 2031: the series stays at 9:30 in Paris.
    expect(starts).toEqual(['2031-03-17T09:30:00', '2031-03-24T09:30:00', '2031-03-31T09:30:00']);
    expect(events.get('UK town hall')!.startDate.zone?.tzid).toBe('Europe/London');
    expect(events.get('UK town hall')!.startDate.toString()).toBe('2031-03-20T16:00:00');
    expect(events.get('Séminaire annulé')!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('never shows another person the URL, and a new one revokes the old', async () => {
    const first = (await lea.data(REGENERATE)).regenerateCalendarFeed.data.calendarFeedUrl;
    const { node } = await organiser.data(FEED_URL, { id: userGid(lea.user.id) });
    expect(node.calendarFeedUrl).toBeNull();
    const second = (await lea.data(REGENERATE)).regenerateCalendarFeed.data.calendarFeedUrl;
    expect(second).not.toBe(first);
    expect((await subscribe(first)).status).toBe(404);
    expect((await subscribe(second)).status).toBe(200);
  });

  it('drops the events of a secret community the person left', async () => {
    const olivia = await app.signedIn();
    const secret = await createCommunity(app, {
      visibility: 'secret',
      members: [{ userId: organiser.user.id }, { userId: olivia.user.id }],
    });
    await paris('Public talk', '2031-05-05T08:00:00Z', '2031-05-05T09:00:00Z').then((event) =>
      olivia.data(ANSWER, { eventId: event.id, answer: 'going' }),
    );
    const confidential = await paris(
      'Exercice confidentiel',
      '2031-05-06T08:00:00Z',
      '2031-05-06T09:00:00Z',
      {
        communityId: communityGid(secret.id),
      },
    );
    await olivia.data(ANSWER, { eventId: confidential.id, answer: 'going' });
    const url = (await olivia.data(REGENERATE)).regenerateCalendarFeed.data.calendarFeedUrl;
    expect([...(await subscribe(url)).events.keys()].sort()).toEqual([
      'Exercice confidentiel',
      'Public talk',
    ]);
    await app.services.db
      .delete(schema.communityMemberships)
      .where(eq(schema.communityMemberships.userId, olivia.user.id));
    expect([...(await subscribe(url)).events.keys()]).toEqual(['Public talk']);
  });
});
