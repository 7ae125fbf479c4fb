import { gid } from './communities-fixtures';
import type { TestApp, TestClient } from './harness';
import { listenOnRandomPort } from './real-http';

export const eventGid = (id: string) => gid('Event', id);
export const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const CREATE_EVENT = `mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    __typename
    ... on MutationCreateEventSuccess { data { id title startsAt endsAt timeZone recurrence lastEndsAt capacity icsUrl } }
    ... on ValidationError { message issues { field message } }
    ... on Error { message }
  }
}`;

export const ANSWER = `mutation Answer($eventId: ID!, $answer: EventAnswer!, $guests: Int) {
  answerEvent(eventId: $eventId, answer: $answer, guests: $guests) {
    __typename
    ... on MutationAnswerEventSuccess { data { id seatsTaken viewerAnswer viewerAttendance { guests waitlistPosition } } }
    ... on ValidationError { message issues { field message } }
    ... on Error { message }
  }
}`;

export const CANCEL = `mutation Cancel($id: ID!) {
  cancelEvent(id: $id) { __typename ... on MutationCancelEventSuccess { data { id cancelledAt } } ... on Error { message } }
}`;

export const EVENT = `query Event($id: ID!) {
  event(id: $id) {
    id title seatsTaken viewerAnswer viewerCanManage checkInCode
    attendees(first: 10) { edges { node { user { id } answer guests } } }
  }
}`;

export const WAITLIST = `query Waitlist($id: ID!) {
  event(id: $id) { waitlist(first: 10) { edges { node { user { id } waitlistPosition } } } }
}`;

export const EVENTS = `query Events($from: DateTime!, $to: DateTime!, $communityId: ID, $first: Int) {
  events(from: $from, to: $to, communityId: $communityId, first: $first) {
    edges { node { id title startsAt community { name } viewerAnswer seatsTaken organisers { name } } }
  }
}`;

export type EventInput = Record<string, unknown>;

/** A one-hour event starting `inHours` from now, in Paris, at the Lyon office. */
export function eventInput(inHours: number, extra: EventInput = {}): EventInput {
  const start = new Date(Date.now() + inHours * HOUR);
  return {
    title: 'Séminaire commercial',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + HOUR).toISOString(),
    timeZone: 'Europe/Paris',
    location: 'Lyon, salle Confluence',
    ...extra,
  };
}

export async function createEvent(client: TestClient, input: EventInput): Promise<Record<string, any>> {
  const result = await client.data(CREATE_EVENT, { input });
  if (result.createEvent.__typename !== 'MutationCreateEventSuccess')
    throw new Error(`createEvent: ${JSON.stringify(result.createEvent)}`);
  return result.createEvent.data;
}

/** The app's express routes over real HTTP (the .ics files are not GraphQL). */
export async function serveHttp(app: TestApp) {
  const { server, port } = await listenOnRandomPort();
  server.on('request', app.express);
  return {
    /** GET a path as the client (its session cookie), like a browser following the link. */
    get: (client: TestClient, path: string) =>
      fetch(`http://localhost:${port}${path}`, {
        headers: { cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      }),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
