import { schema as core, type Db, queryRows } from '@levain/db';
import type { DemoSeed } from '@levain/server/plugin';
import { sql } from 'drizzle-orm';
import {
  type CellRole,
  cmIncidentCommunities,
  cmIncidentEvents,
  cmIncidentMembers,
  cmIncidents,
  cmPlaybookSteps,
  type IncidentEventKind,
} from '../../db/schema';
import { PLAYBOOKS } from '../incidents/playbook';

const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

type Cell = Array<{ userId: string; role: CellRole }>;

/** One incident as the cell left it: the playbook ticked up to `done` steps, the timeline given. */
async function incident(
  db: Db,
  input: {
    values: typeof cmIncidents.$inferInsert;
    cell: Cell;
    communities: Array<{ id: string; crisisMode: boolean }>;
    done: number;
    timeline: Array<{ kind: IncidentEventKind; actorId: string; after: number; subjectId?: string }>;
  },
) {
  const declaredAt = input.values.declaredAt as Date;
  const [row] = await db.insert(cmIncidents).values(input.values).returning({ id: cmIncidents.id });
  const incidentId = row!.id;
  await db
    .insert(cmIncidentCommunities)
    .values(input.communities.map((c) => ({ incidentId, communityId: c.id, crisisMode: c.crisisMode })));
  await db.insert(cmIncidentMembers).values(input.cell.map((m) => ({ incidentId, ...m })));
  const owner = (role: CellRole) => input.cell.find((m) => m.role === role)?.userId ?? input.cell[0]!.userId;
  await db.insert(cmPlaybookSteps).values(
    PLAYBOOKS[input.values.severity as 1 | 2 | 3].map((step, position) => ({
      incidentId,
      position,
      step: step.step,
      ownerId: owner(step.owner),
      dueAt: minutes(declaredAt, step.dueAfterMinutes),
      ...(position < input.done && {
        doneAt: minutes(declaredAt, step.dueAfterMinutes - 10),
        doneBy: owner(step.owner),
      }),
    })),
  );
  await db.insert(cmIncidentEvents).values(
    input.timeline.map((e) => ({
      incidentId,
      kind: e.kind,
      actorId: e.actorId,
      subjectId: e.subjectId,
      at: minutes(declaredAt, e.after),
    })),
  );
}

/**
 * The crisis cell of the demo: a rumour of a restructuring in progress since this morning, crisis
 * mode on "Qualité de vie au travail" where two HR posts wait for the chief CM's approval; and last
 * month's closed incident with its post-mortem. The chief CM leads both.
 */
export async function seedIncidents(db: Db, { now }: DemoSeed) {
  const people = await queryRows<{ email: string; id: string }>(
    db,
    sql`select email, id::text from users where email in ('cm@atlas.example', 'rh@atlas.example', 'admin@atlas.example', 'manager@atlas.example')`,
  );
  const id = new Map(people.map((p) => [p.email, p.id]));
  const [chief, hr, admin, manager] = ['cm', 'rh', 'admin', 'manager'].map((n) =>
    id.get(`${n}@atlas.example`),
  );
  const communities = await queryRows<{ slug: string; id: string }>(
    db,
    sql`select slug, id::text from communities where slug in ('qualite-de-vie-au-travail', 'droit-a-la-deconnexion', 'live-tweet-des-evenements')`,
  );
  const community = new Map(communities.map((c) => [c.slug, c.id]));
  const qvt = community.get('qualite-de-vie-au-travail');
  const disconnect = community.get('droit-a-la-deconnexion');
  const liveTweet = community.get('live-tweet-des-evenements');
  if (!chief || !hr || !admin || !manager || !qvt || !disconnect || !liveTweet) return;
  const cell: Cell = [
    { userId: chief, role: 'lead' },
    { userId: hr, role: 'hr' },
    { userId: admin, role: 'legal' },
    { userId: manager, role: 'community_manager' },
  ];

  const declaredAt = minutes(now, -5 * 60);
  const held = [
    {
      after: 70,
      body: 'Aucune décision de fermeture n’a été prise pour le site de Lyon. Nous vous tiendrons informés ici même, dès que possible.',
    },
    {
      after: 95,
      body: 'Une réunion d’information avec les représentants du personnel aura lieu jeudi. Vos questions sont bienvenues en commentaire.',
    },
  ];
  const posts = await db
    .insert(core.posts)
    .values(
      held.map((p) => ({
        communityId: qvt,
        authorId: hr,
        body: p.body,
        bodyHtml: `<p>${p.body}</p>`,
        language: 'fr',
        status: 'pending_approval' as const,
        heldBy: 'cm-network',
        publishedAt: minutes(declaredAt, p.after).toISOString(),
        createdAt: minutes(declaredAt, p.after),
      })),
    )
    .returning({ id: core.posts.id });
  await incident(db, {
    values: {
      title: 'Rumeur de fermeture du site de Lyon',
      severity: 2,
      leadId: chief,
      declaredBy: chief,
      declaredAt,
    },
    cell,
    communities: [
      { id: qvt, crisisMode: true },
      { id: disconnect, crisisMode: false },
    ],
    done: 2,
    timeline: [
      { kind: 'declared', actorId: chief, after: 0 },
      { kind: 'crisis_mode_on', actorId: chief, after: 12, subjectId: qvt },
      { kind: 'step_completed', actorId: chief, after: 20 },
      ...posts.map((p, i) => ({
        kind: 'post_held' as const,
        actorId: hr,
        after: held[i]!.after,
        subjectId: p.id,
      })),
    ],
  });

  const lastMonth = minutes(now, -24 * 60 * 26);
  await incident(db, {
    values: {
      title: 'Photos de la soirée de lancement relayées hors de l’entreprise',
      severity: 1,
      status: 'closed',
      leadId: chief,
      declaredBy: chief,
      declaredAt: lastMonth,
      holdingStatement:
        'Nous avons retiré les photos partagées sans l’accord des personnes concernées et rappelons les règles de la charte des médias sociaux.',
      holdingStatementAt: minutes(lastMonth, 50),
      whatHappened:
        'Des photos de la soirée de lancement ont été reprises sur un réseau social public, sans accord.',
      whatWorked:
        'La déclaration d’attente publiée en moins d’une heure ; aucune suppression de commentaires.',
      whatToChange: 'Rappeler le droit à l’image avant chaque événement et désigner un référent photo.',
      closedAt: minutes(lastMonth, 26 * 60),
    },
    cell,
    communities: [{ id: liveTweet, crisisMode: false }],
    done: PLAYBOOKS[1].length,
    timeline: [
      { kind: 'declared', actorId: chief, after: 0 },
      { kind: 'crisis_mode_on', actorId: chief, after: 10, subjectId: liveTweet },
      { kind: 'holding_statement', actorId: chief, after: 50 },
      { kind: 'crisis_mode_off', actorId: chief, after: 24 * 60, subjectId: liveTweet },
      { kind: 'closed', actorId: chief, after: 26 * 60 },
    ],
  });
}
