import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendEventReminders } from '../src/notifications/event-reminders';
import { createCommunity } from './support/documents/communities';
import { communityGid } from './support/fixtures/communities';
import { ANSWER, createEvent, rawId } from './support/fixtures/events';
import { inbox } from './support/fixtures/notifications';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

/** A Wednesday morning in Paris (UTC+1 in March): 9:30 to 10:30. */
const STARTS = '2031-03-12T08:30:00Z';
const at = (iso: string) => new Date(iso);

let app: TestApp;
let organiser: SignedInClient;
let going: SignedInClient;
let maybe: SignedInClient;
let declined: SignedInClient;
let afternoons: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  organiser = await app.signedIn(['admin']);
  [going, maybe, declined, afternoons] = [
    await app.signedIn(),
    await app.signedIn([], { locale: 'fr' }),
    await app.signedIn(),
    await app.signedIn(),
  ];
  await app.services.db
    .update(schema.users)
    .set({ timeZone: 'Europe/Paris', workingHours: { days: [1, 2, 3, 4, 5], start: '14:00', end: '18:00' } })
    .where(eq(schema.users.id, afternoons.user.id));
});
afterAll(() => app.close());

const event = (extra: Record<string, unknown> = {}) =>
  createEvent(organiser, {
    title: 'Revue trimestrielle',
    startsAt: STARTS,
    endsAt: '2031-03-12T09:30:00Z',
    timeZone: 'Europe/Paris',
    location: 'Paris, salle Seine',
    ...extra,
  });
const reminders = async (client: SignedInClient) =>
  (await inbox(client)).items.filter((n) => /Reminder|Rappel/.test(n.message));
const rowsOf = (client: SignedInClient) =>
  app.services.db.query.notifications.findMany({
    where: { recipientId: client.user.id, kind: 'event' },
    columns: { data: true, emailDueAt: true },
  });

describe('event reminders', () => {
  it('reminds those going or maybe the day before and an hour before, once each', async () => {
    const created = await event();
    for (const [client, answer] of [
      [going, 'going'],
      [maybe, 'maybe'],
      [declined, 'declined'],
      [afternoons, 'going'],
    ] as const)
      await client.data(ANSWER, { eventId: created.id, answer });

    expect(await sendEventReminders(app.services, at('2031-03-11T08:00:00Z'))).toBe(0);
    expect(await sendEventReminders(app.services, at('2031-03-11T08:31:00Z'))).toBe(3);
    expect(await sendEventReminders(app.services, at('2031-03-11T08:40:00Z'))).toBe(0);
    expect(await reminders(going)).toEqual([
      expect.objectContaining({
        message: 'Reminder: “Revue trimestrielle” starts on March 12, 2031 at 9:30 AM',
        link: `/events/${rawId(created.id)}`,
      }),
    ]);
    expect((await reminders(maybe))[0]?.message).toBe(
      'Rappel : « Revue trimestrielle » commence le 12 mars 2031 à 09:30',
    );
    expect(await reminders(declined)).toEqual([]);

    // The hour's reminder: emailed at once to whoever works at 9:30; held for who starts at 14:00.
    expect(await sendEventReminders(app.services, at('2031-03-12T07:35:00Z'))).toBe(3);
    const [going1h] = (await rowsOf(going)).filter((row) => row.data.timely);
    expect(going1h).toBeDefined();
    expect((await rowsOf(afternoons)).some((row) => row.data.timely)).toBe(false);
  });

  it('sends only the hour’s reminder of an event created within the day, and none when turned off', async () => {
    const late = await event({ title: 'Point rapide' });
    const silent = await event({ title: 'Sans rappel', reminderMinutes: [] });
    for (const id of [late.id, silent.id]) await going.data(ANSWER, { eventId: id, answer: 'going' });
    const before = (await reminders(going)).length;
    expect(await sendEventReminders(app.services, at('2031-03-12T08:00:00Z'))).toBe(1);
    const messages = (await reminders(going)).map((n) => n.message);
    expect(messages.filter((m) => m.includes('Point rapide'))).toHaveLength(1);
    expect(messages.some((m) => m.includes('Sans rappel'))).toBe(false);
    expect(messages.length).toBe(before + 1);
  });

  it('does not remind someone who left the secret community of the event', async () => {
    const [stays, leaves] = [await app.signedIn(), await app.signedIn()];
    const secret = await createCommunity(app, {
      visibility: 'secret',
      members: [{ userId: organiser.user.id }, { userId: stays.user.id }, { userId: leaves.user.id }],
    });
    const created = await createEvent(organiser, {
      title: 'Cellule confidentielle',
      startsAt: '2031-04-02T08:00:00Z',
      endsAt: '2031-04-02T09:00:00Z',
      timeZone: 'Europe/Paris',
      location: 'Salle de crise',
      communityId: communityGid(secret.id),
    });
    for (const client of [stays, leaves]) await client.data(ANSWER, { eventId: created.id, answer: 'going' });
    await app.services.db
      .delete(schema.communityMemberships)
      .where(eq(schema.communityMemberships.userId, leaves.user.id));
    expect(await sendEventReminders(app.services, at('2031-04-01T08:05:00Z'))).toBe(1);
    expect(await reminders(stays)).toHaveLength(1);
    expect(await reminders(leaves)).toEqual([]);
  });

  it('refuses a reminder delay other than the day or the hour before, naming the field', async () => {
    const result = await organiser.data(
      `mutation($input: CreateEventInput!) { createEvent(input: $input) { __typename
        ... on ValidationError { issues { field message } } } }`,
      {
        input: {
          title: 'X',
          startsAt: STARTS,
          endsAt: '2031-03-12T09:30:00Z',
          timeZone: 'Europe/Paris',
          location: 'Paris',
          reminderMinutes: [5],
        },
      },
    );
    expect(result.createEvent.issues).toEqual([
      {
        field: 'input.reminderMinutes',
        message: 'Reminders go the day before (1440) or an hour before (60).',
      },
    ]);
  });
});
