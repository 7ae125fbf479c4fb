import { Temporal } from '@js-temporal/polyfill';
import { schema, type Tx } from '@levain/db';
import type { Random } from '@levain/server/seeding';
import { type Recurrence, scheduleFrom } from '@levain/server/seeding';
import type { SeededCommunity } from './communities';
import { seedCoverage } from './event-coverage';
import type { DemoPerson } from './people';

const MINUTE = 60_000;

type EventSeed = {
  title: string;
  description: string;
  community?: string;
  organiser: string;
  /** Days from the seed's clock, and the wall-clock start and end where the event is held. */
  day: number;
  from: string;
  to: string;
  timeZone?: string;
  recurrence?: Omit<Recurrence, 'until'>;
  location?: string;
  onlineUrl?: string;
  capacity?: number;
  going: number;
  maybe?: number;
  /** Named accounts that answer going first (they see the answer from their own agenda). */
  goingFirst?: string[];
  waitlist?: string[];
  /** Named accounts the organiser invited, told so in their notifications an hour ago. */
  invited?: string[];
  checkIn?: boolean;
  cancelled?: boolean;
  checkInCode: string;
};

const PARIS = 'Europe/Paris';

/**
 * The company agenda as people find it: a convention three weeks ago, the launch of Atlas Flow
 * running at the seed's "now" (followed live), a full workshop with a waiting list, a weekly
 * welcome coffee, community events, one cancelled, and an exercise of the secret crisis cell.
 */
const agenda: EventSeed[] = [
  {
    title: 'Convention annuelle Groupe Atlas 2026',
    description:
      'Une journée pour faire le point sur l’année : stratégie, réussites des équipes, et la parole aux collaborateurs.\n\nLes présentations et les photos sont partagées dans « Annonces Groupe Atlas ».',
    organiser: 'cm@atlas.example',
    day: -21,
    from: '09:00',
    to: '17:30',
    location: 'Lyon, Cité internationale – amphithéâtre',
    capacity: 150,
    going: 60,
    maybe: 10,
    goingFirst: ['employe@atlas.example', 'manager@atlas.example'],
    checkIn: true,
    checkInCode: 'LYON26',
  },
  {
    title: 'Lancement d’Atlas Flow – en direct',
    description:
      'Présentation de notre nouvelle offre, démonstration et questions en direct. Le fil de l’événement est couvert en live par l’équipe communication pour celles et ceux qui ne peuvent pas venir.',
    organiser: 'cm@atlas.example',
    day: 0,
    from: 'now-45',
    to: 'now+75',
    location: 'Paris, siège – auditorium',
    onlineUrl: 'https://live.atlas.example/atlas-flow',
    capacity: 80,
    going: 55,
    maybe: 12,
    goingFirst: ['employe@atlas.example'],
    checkInCode: 'FLOW42',
  },
  {
    title: 'Atelier : bien démarrer sur le réseau social interne',
    description:
      'Deux heures pour prendre en main le réseau : profil, communautés, publications et notifications. Places limitées, liste d’attente ouverte.',
    community: 'Digital workplace – aide et astuces',
    organiser: 'cm@atlas.example',
    day: 6,
    from: '09:30',
    to: '11:30',
    location: 'Paris, siège – salle Lumière',
    capacity: 12,
    going: 12,
    goingFirst: ['employe@atlas.example'],
    waitlist: ['manager@atlas.example', 'employee@atlas.example'],
    checkInCode: 'DEMARR',
  },
  {
    title: 'Café des nouveaux arrivants',
    description:
      'Chaque semaine, les nouveaux arrivants rencontrent leurs parrains et marraines autour d’un café.',
    community: 'Bienvenue chez Atlas – onboarding',
    organiser: 'rh@atlas.example',
    day: -14,
    from: '09:30',
    to: '10:15',
    recurrence: { frequency: 'weekly', interval: 1, count: 10 },
    location: 'Paris, siège – cafétéria',
    onlineUrl: 'https://visio.atlas.example/cafe',
    going: 14,
    maybe: 6,
    checkInCode: 'CAFE01',
  },
  {
    title: 'Atelier live-tweet : couvrir un événement',
    description: 'Méthode et outils pour couvrir un événement en direct : avant, pendant, après.',
    community: 'Live-tweet des événements',
    organiser: 'cm@atlas.example',
    day: 10,
    from: '14:00',
    to: '16:00',
    onlineUrl: 'https://visio.atlas.example/live-tweet',
    going: 9,
    maybe: 4,
    checkInCode: 'TWEET1',
  },
  {
    title: 'Atlas UK town hall',
    description: 'Quarterly update for the United Kingdom teams, with questions to the country director.',
    organiser: 'admin@atlas.example',
    day: 4,
    from: '16:00',
    to: '17:00',
    timeZone: 'Europe/London',
    location: 'London office – Thames room',
    onlineUrl: 'https://visio.atlas.example/uk-town-hall',
    going: 25,
    goingFirst: ['employee@atlas.example'],
    invited: ['manager@atlas.example', 'rh@atlas.example'],
    checkInCode: 'UKTOWN',
  },
  {
    title: 'Afterwork de la rentrée – Paris',
    description: 'Reporté à une date ultérieure.',
    organiser: 'manager@atlas.example',
    day: 12,
    from: '18:30',
    to: '21:00',
    location: 'Paris, terrasse du siège',
    going: 18,
    cancelled: true,
    checkInCode: 'AFTER1',
  },
  {
    title: 'Exercice de crise – scénario cyberattaque',
    description: 'Exercice annuel de la cellule de crise. Confidentiel.',
    community: 'Protocoles de crise',
    organiser: 'admin@atlas.example',
    day: 15,
    from: '08:30',
    to: '12:00',
    location: 'Paris, siège – salle de crise',
    going: 6,
    checkInCode: 'CRISE1',
  },
];

/** An instant from a day offset and a wall-clock time ("HH:MM", or "now±minutes") at the seed's clock. */
function instant(now: Date, day: number, time: string, timeZone: string): Date {
  const relative = /^now([+-]\d+)$/.exec(time);
  if (relative) {
    const quarter = 15 * MINUTE;
    return new Date(Math.floor(now.getTime() / quarter) * quarter + Number(relative[1]) * MINUTE);
  }
  const date = Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .add({ days: day });
  return new Date(
    date.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) }).epochMilliseconds,
  );
}

export async function seedEvents(
  tx: Tx,
  people: DemoPerson[],
  communities: SeededCommunity[],
  random: Random,
  now: Date,
): Promise<number> {
  const byEmail = new Map(people.map((person) => [person.email, person.id]));
  for (const seed of agenda) {
    const timeZone = seed.timeZone ?? PARIS;
    const community = seed.community ? communities.find((c) => c.name === seed.community) : null;
    if (seed.community && !community)
      throw new Error(`Seed event in an unknown community: ${seed.community}`);
    const organiserId = byEmail.get(seed.organiser)!;
    const schedule = scheduleFrom({
      startsAt: instant(now, seed.day, seed.from, timeZone),
      endsAt: instant(now, seed.day, seed.to, timeZone),
      timeZone,
      allDay: false,
      recurrence: seed.recurrence ? { ...seed.recurrence, until: null } : null,
    });
    const [event] = await tx
      .insert(schema.events)
      .values({
        communityId: community?.id ?? null,
        title: seed.title,
        description: seed.description,
        ...schedule,
        location: seed.location ?? null,
        onlineUrl: seed.onlineUrl ?? null,
        capacity: seed.capacity ?? null,
        checkInCode: seed.checkInCode,
        createdById: organiserId,
        cancelledAt: seed.cancelled ? new Date(now.getTime() - 2 * 86_400_000) : null,
        createdAt: new Date(schedule.startsAt.getTime() - 30 * 86_400_000),
      })
      .returning({ id: schema.events.id });
    await tx.insert(schema.eventOrganisers).values({ eventId: event!.id, userId: organiserId });
    await seedCoverage(
      tx,
      { id: event!.id, title: seed.title, startsAt: schedule.startsAt },
      communities,
      byEmail,
    );

    // People who may see the event answer it: its community's members, or anyone for the company's.
    const named = (seed.goingFirst ?? []).map((email) => byEmail.get(email)!);
    const waiting = (seed.waitlist ?? []).map((email) => byEmail.get(email)!);
    const pool = (community?.memberIds ?? people.map((p) => p.id)).filter(
      (id) => id !== organiserId && !named.includes(id) && !waiting.includes(id),
    );
    const shuffled = [...pool].sort(() => random.next() - 0.5);
    const going = [...named, ...shuffled].slice(0, seed.going);
    const maybe = shuffled.filter((id) => !going.includes(id)).slice(0, seed.maybe ?? 0);
    const answeredAt = (i: number) => new Date(schedule.startsAt.getTime() - (20 - (i % 15)) * 86_400_000);
    const rows = [
      ...going.map((userId, i) => ({
        userId,
        answer: 'going' as const,
        answeredAt: answeredAt(i),
        checkedInAt:
          seed.checkIn && random.chance(0.8) ? new Date(schedule.startsAt.getTime() - 10 * MINUTE) : null,
      })),
      ...maybe.map((userId, i) => ({ userId, answer: 'maybe' as const, answeredAt: answeredAt(i) })),
      ...waiting.map((userId, i) => ({
        userId,
        answer: 'going' as const,
        answeredAt: new Date(now.getTime() - (2 - i) * 3_600_000),
        waitlistedAt: new Date(now.getTime() - (2 - i) * 3_600_000),
      })),
    ];
    if (rows.length)
      await tx.insert(schema.eventAnswers).values(rows.map((row) => ({ eventId: event!.id, ...row })));
    await seedInvitations(
      tx,
      { id: event!.id, title: seed.title, communityId: community?.id ?? null },
      {
        organiserId,
        inviteeIds: (seed.invited ?? []).map((email) => byEmail.get(email)!),
        at: new Date(now.getTime() - 3_600_000),
      },
    );
  }
  return agenda.length;
}

/** Invitations of named people, and the unread notification each of them got. */
async function seedInvitations(
  tx: Tx,
  event: { id: string; title: string; communityId: string | null },
  { organiserId, inviteeIds, at }: { organiserId: string; inviteeIds: string[]; at: Date },
) {
  if (!inviteeIds.length) return;
  await tx
    .insert(schema.eventInvitations)
    .values(
      inviteeIds.map((userId) => ({ eventId: event.id, userId, invitedById: organiserId, createdAt: at })),
    );
  await tx.insert(schema.notifications).values(
    inviteeIds.map((recipientId) => ({
      recipientId,
      kind: 'event' as const,
      groupKey: `event-invited:${event.id}`,
      actorIds: [organiserId],
      actorCount: 1,
      communityId: event.communityId,
      data: { what: 'invited', eventId: event.id, title: event.title },
      createdAt: at.toISOString(),
    })),
  );
}
