import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { communityGid } from './support/fixtures/communities';
import {
  ANSWER,
  CANCEL,
  CREATE_EVENT,
  createEvent,
  DAY,
  EVENT,
  EVENTS,
  eventInput,
  HOUR,
  rawId,
  WAITLIST,
} from './support/fixtures/events';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let admin: SignedInClient;
let people: SignedInClient[];

beforeAll(async () => {
  app = await createTestApp();
  admin = await app.signedIn(['admin']);
  people = [
    await app.signedIn(),
    await app.signedIn(),
    await app.signedIn(),
    await app.signedIn([], { locale: 'fr' }),
  ];
});
afterAll(() => app.close());

const answer = async (client: SignedInClient, id: string, value: string, guests = 0) =>
  (await client.data(ANSWER, { eventId: id, answer: value, guests })).answerEvent;

describe('creating an event', () => {
  it('gives the company agenda an event the creator organises, in its time zone', async () => {
    const event = await createEvent(admin, eventInput(48));
    expect(event.timeZone).toBe('Europe/Paris');
    expect(event.icsUrl).toBe(`http://localhost:3000/events/${rawId(event.id)}.ics`);
    const { event: seen } = await admin.data(EVENT, { id: event.id });
    expect(seen).toMatchObject({ viewerCanManage: true, seatsTaken: 0 });
    expect(seen.checkInCode).toMatch(/^[A-Z2-9]{6}$/);
  });

  it('lets only admins and the chief CM create company events; members create them in their communities', async () => {
    const [member] = people;
    const refused = (await member!.data(CREATE_EVENT, { input: eventInput(48) })).createEvent;
    expect(refused.__typename).toBe('NotAllowedError');
    const community = await createCommunity(app, { members: [{ userId: member!.user.id }] });
    const created = await createEvent(member!, eventInput(48, { communityId: communityGid(community.id) }));
    const { event } = await people[1]!.data(EVENT, { id: created.id });
    expect(event).toMatchObject({ viewerCanManage: false, checkInCode: null });
  });

  it.each([
    [
      'the end before the start',
      { endsAt: new Date(Date.now() + HOUR).toISOString() },
      'endsAt',
      'The end must come after the start.',
    ],
    ['an unknown time zone', { timeZone: 'Europe/Lyon' }, 'input.timeZone', 'Unknown time zone.'],
    ['neither place nor link', { location: null }, 'location', 'Give a place or an online link.'],
    [
      'a series of more than two years',
      { recurrence: { frequency: 'monthly', until: new Date(Date.now() + 800 * DAY).toISOString() } },
      'recurrence.until',
      'A series ends at most two years after it starts: choose an earlier end date.',
    ],
    [
      'a series without an end',
      { recurrence: { frequency: 'weekly' } },
      'recurrence',
      'Say when the series ends (a date or a number of times).',
    ],
    ['a capacity of zero', { capacity: 0 }, 'input.capacity', 'Capacity goes from 1 to 100000 seats.'],
  ])('refuses %s with an error naming the field', async (_case, change, field, text) => {
    const result = (await admin.data(CREATE_EVENT, { input: eventInput(48, change) })).createEvent;
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues).toEqual([{ field, message: text }]);
  });

  it('keeps 9:00 in Paris across the change to summer time in a weekly series', async () => {
    const event = await createEvent(
      admin,
      eventInput(0, {
        startsAt: '2027-03-22T08:00:00Z',
        endsAt: '2027-03-22T09:00:00Z',
        recurrence: { frequency: 'weekly', count: 3 },
      }),
    );
    expect(event.recurrence).toBe('FREQ=WEEKLY;INTERVAL=1;COUNT=3');
    // 29 March is summer time: 9:00 in Paris is 07:00 UTC; the last ends on 5 April at 08:00 UTC.
    expect(event.lastEndsAt).toBe('2027-04-05T08:00:00.000Z');
  });
});

describe('answering', () => {
  it('wait-lists the third person of a two-seat event, then gives them the seat freed by a decline', async () => {
    const [a, b, c] = people;
    const event = await createEvent(admin, eventInput(72, { capacity: 2 }));
    expect((await answer(a!, event.id, 'going')).data.viewerAttendance).toEqual([
      { guests: 0, waitlistPosition: null },
    ]);
    await answer(b!, event.id, 'going');
    const third = await answer(c!, event.id, 'going');
    expect(third.data).toMatchObject({ viewerAnswer: 'going', seatsTaken: 2 });
    expect(third.data.viewerAttendance).toEqual([{ guests: 0, waitlistPosition: 1 }]);
    const { event: listed } = await admin.data(WAITLIST, { id: event.id });
    expect(listed.waitlist.edges.map((e: any) => e.node)).toEqual([
      { user: { id: expect.any(String) }, waitlistPosition: 1 },
    ]);

    await answer(a!, event.id, 'declined');
    const { event: after } = await c!.data(EVENT, { id: event.id });
    expect(after.seatsTaken).toBe(2);
    const { event: seen } = await admin.data(WAITLIST, { id: event.id });
    expect(seen.waitlist.edges).toEqual([]);
    const attendees = after.attendees.edges.map((e: any) => e.node.answer);
    expect(attendees).toEqual(['going', 'going']);
  });

  it('counts guests in the seats and keeps the waiting list to organisers', async () => {
    const [a, b] = people;
    const event = await createEvent(admin, eventInput(72, { capacity: 3 }));
    await answer(a!, event.id, 'going', 2);
    const full = await answer(b!, event.id, 'going', 1);
    expect(full.data.viewerAttendance[0].waitlistPosition).toBe(1);
    const hidden = await b!.gql(WAITLIST, { id: event.id });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
  });

  it('refuses more than ten guests, and answers to a cancelled event, in the viewer’s language', async () => {
    const french = people[3]!;
    const event = await createEvent(admin, eventInput(72));
    const tooMany = await answer(french, event.id, 'going', 11);
    expect(tooMany.issues).toEqual([{ field: 'guests', message: 'Le nombre d’invité·es va de 0 à 10.' }]);
    expect((await admin.data(CANCEL, { id: event.id })).cancelEvent.data.cancelledAt).toBeTruthy();
    const cancelled = await answer(french, event.id, 'going');
    expect(cancelled.issues).toEqual([
      { field: 'eventId', message: 'Cet événement est annulé : on ne peut plus y répondre.' },
    ]);
  });

  it('refuses answers once the event is over', async () => {
    const event = await createEvent(admin, eventInput(-3));
    const late = await answer(people[0]!, event.id, 'going');
    expect(late.issues[0].field).toBe('eventId');
  });
});

describe('the agenda', () => {
  it('lists the events of a period by start, with a community filter', async () => {
    const member = people[2]!;
    const community = await createCommunity(app, {
      name: 'Agenda club',
      members: [{ userId: member.user.id }],
    });
    const later = await createEvent(
      member,
      eventInput(24 * 10, { title: 'Later', communityId: communityGid(community.id) }),
    );
    const sooner = await createEvent(
      member,
      eventInput(24 * 9, { title: 'Sooner', communityId: communityGid(community.id) }),
    );
    const from = new Date(Date.now() + 8 * DAY).toISOString();
    const to = new Date(Date.now() + 11 * DAY).toISOString();
    const { events } = await people[0]!.data(EVENTS, {
      from,
      to,
      communityId: communityGid(community.id),
      first: 10,
    });
    expect(events.edges.map((e: any) => e.node.id)).toEqual([sooner.id, later.id]);
    expect(events.edges[0].node.community.name).toBe('Agenda club');
  });

  it('refuses a period longer than a year', async () => {
    const result = await people[0]!.gql(EVENTS, {
      from: new Date().toISOString(),
      to: new Date(Date.now() + 400 * DAY).toISOString(),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: 'to', message: 'Ask for at most 366 days, the end after the start.' }],
    });
  });
});
