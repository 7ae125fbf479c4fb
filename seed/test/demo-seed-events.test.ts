import { createTestApp, gid, type TestApp, type TestClient } from '@levain/server/testing';
import { inbox } from '@levain/server/testing/fixtures/notifications';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { __typename }
}`;
const AGENDA = `query($from: DateTime!, $to: DateTime!) {
  events(from: $from, to: $to, first: 50) { edges { node {
    id title startsAt endsAt cancelledAt capacity seatsTaken viewerAnswer community { name }
    viewerAttendance { waitlistPosition } occurrences(from: $from, to: $to) { startsAt }
  } } }
}`;

const DAY = 86_400_000;
let app: TestApp;

// Seeding the whole demo organisation takes ~15 s alone, more on a busy machine.
beforeAll(async () => {
  app = await createTestApp();
  await seedDemoIfEmpty(app.services);
}, 180_000);
afterAll(() => app.close());

async function signIn(email: string): Promise<TestClient> {
  const client: TestClient = app.client();
  await client.data(SIGN_IN, { email, password: DEMO_PASSWORD });
  return client;
}

async function agendaOf(email: string, fromDays: number, toDays: number) {
  const client = await signIn(email);
  const { events } = await client.data(AGENDA, {
    from: new Date(Date.now() + fromDays * DAY).toISOString(),
    to: new Date(Date.now() + toDays * DAY).toISOString(),
  });
  return events.edges.map((e: any) => e.node);
}

describe('the demo agenda, whatever the day it is seeded', () => {
  it('shows Léa an event running now, a full workshop she has a seat at, and past events', async () => {
    const now = Date.now();
    const upcoming = await agendaOf('employe@atlas.example', 0, 30);
    const running = upcoming.find(
      (e: any) => new Date(e.startsAt).getTime() <= now && new Date(e.endsAt).getTime() > now,
    );
    expect(running).toMatchObject({ title: 'Lancement d’Atlas Flow – en direct', viewerAnswer: 'going' });
    const full = upcoming.find((e: any) => e.capacity !== null && e.seatsTaken >= e.capacity);
    expect(full).toMatchObject({ viewerAnswer: 'going', viewerAttendance: [{ waitlistPosition: null }] });
    expect(upcoming.some((e: any) => e.cancelledAt)).toBe(true);
    expect(upcoming.find((e: any) => e.occurrences.length > 1)?.title).toBe('Café des nouveaux arrivants');

    const past = await agendaOf('employe@atlas.example', -90, 0);
    expect(past.map((e: any) => e.title)).toContain('Convention annuelle Groupe Atlas 2026');
  });

  it('puts Thomas first and Olivia second on the workshop’s waiting list', async () => {
    const position = async (email: string) =>
      (await agendaOf(email, 0, 30)).find((e: any) => e.capacity === 12)?.viewerAttendance[0]
        ?.waitlistPosition;
    expect(await position('manager@atlas.example')).toBe(1);
    expect(await position('employee@atlas.example')).toBe(2);
  });

  it('keeps the crisis cell’s exercise to its members', async () => {
    const titles = async (email: string) => (await agendaOf(email, 0, 30)).map((e: any) => e.title);
    expect(await titles('employe@atlas.example')).not.toContain('Exercice de crise – scénario cyberattaque');
    expect(await titles('admin@atlas.example')).toContain('Exercice de crise – scénario cyberattaque');
  });

  it('tells Thomas he is invited to the UK town hall, which its organiser sees in the invitations', async () => {
    const { items } = await inbox(await signIn('manager@atlas.example'), { unreadOnly: true });
    const invitation = items.find((n) => n.kind === 'event' && n.message.includes('Atlas UK town hall'));
    expect(invitation?.link).toMatch(/^\/events\/[0-9a-f-]{36}$/);
    const organiser = await signIn('admin@atlas.example');
    const { event } = await organiser.data(
      'query($id: ID!) { event(id: $id) { invitations(first: 10) { edges { node { user { email } } } } } }',
      { id: gid('Event', invitation!.link.split('/')[2]!) },
    );
    expect(event.invitations.edges.map((e: any) => e.node.user.email).sort()).toEqual([
      'manager@atlas.example',
      'rh@atlas.example',
    ]);
  });

  it('shows Léa the launch’s live thread now, and the convention’s attendance and slides afterwards', async () => {
    const THREAD = `query($id: ID!) { event(id: $id) {
      liveThread(first: 10) { edges { node { body publishedAt author { email } } } }
      attendees(first: 100) { edges { node { checkedInAt } } }
    } }`;
    const client = await signIn('employe@atlas.example');
    const eventNamed = async (title: string, fromDays: number, toDays: number) => {
      const found = (await agendaOf('employe@atlas.example', fromDays, toDays)).find(
        (e: any) => e.title === title,
      );
      return (await client.data(THREAD, { id: found.id })).event;
    };
    const launch = await eventNamed('Lancement d’Atlas Flow – en direct', 0, 1);
    const posts = launch.liveThread.edges.map((e: any) => e.node);
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(posts.every((p: any) => new Date(p.publishedAt).getTime() <= Date.now())).toBe(true);
    const convention = await eventNamed('Convention annuelle Groupe Atlas 2026', -90, 0);
    expect(convention.liveThread.edges[0].node.body).toContain('Les supports de la convention');
    expect(convention.attendees.edges.filter((e: any) => e.node.checkedInAt).length).toBeGreaterThan(10);
  });
});
