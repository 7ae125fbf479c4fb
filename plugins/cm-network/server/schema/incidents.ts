import type { PluginSchema } from '@levain/server/plugin';
import { connectionOf } from '@levain/server/plugin';
import { CELL_ROLES, INCIDENT_EVENT_KINDS, incidentStatus } from '../../db/schema';
import { type IncidentRow, loadIncidentFor } from '../incidents/access';
import { type IncidentView, incidentId, listIncidents, viewIncident } from '../incidents/read';
import { decodeKeyset, pageSize } from './page';

type Details = Omit<IncidentView, keyof IncidentRow>;

/** The crisis cell's types and reads: the list, one incident with its cell, playbook and timeline. */
export function incidentTypes({ builder, queryField, core: refs, services }: PluginSchema) {
  const Status = builder.enumType('CmIncidentStatus', { values: incidentStatus.enumValues });
  const CellRole = builder.enumType('CmCellRole', { values: CELL_ROLES });
  const EventKind = builder.enumType('CmIncidentEventKind', { values: INCIDENT_EVENT_KINDS });

  const Member = builder.objectRef<Details['cell'][number]>('CmCellMember').implement({
    fields: (t) => ({
      user: t.field({ type: refs.User, resolve: (m) => m.user }),
      role: t.expose('role', { type: CellRole }),
    }),
  });
  const Community = builder.objectRef<Details['communities'][number]>('CmIncidentCommunity').implement({
    description: 'A community of the incident’s scope; in crisis mode its CMs’ posts wait for the lead.',
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      slug: t.exposeString('slug'),
      crisisMode: t.exposeBoolean('crisisMode'),
    }),
  });
  const Step = builder.objectRef<Details['playbook'][number]>('CmPlaybookStep').implement({
    fields: (t) => ({
      id: t.id({ resolve: (s) => s.step.id }),
      step: t.string({
        description: 'The playbook step’s key, worded by the client.',
        resolve: (s) => s.step.step,
      }),
      owner: t.field({ type: refs.User, nullable: true, resolve: (s) => s.owner }),
      dueAt: t.field({ type: 'DateTime', resolve: (s) => s.step.dueAt }),
      doneAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.step.doneAt }),
    }),
  });
  const Event = builder.objectRef<Details['timeline'][number]>('CmIncidentEvent').implement({
    fields: (t) => ({
      kind: t.field({ type: EventKind, resolve: (e) => e.event.kind }),
      at: t.field({ type: 'DateTime', resolve: (e) => e.event.at }),
      actor: t.field({ type: refs.User, nullable: true, resolve: (e) => e.actor }),
      subjectId: t.id({ nullable: true, resolve: (e) => e.event.subjectId }),
    }),
  });
  const HeldPost = builder.objectRef<IncidentView['pendingPosts'][number]>('CmCrisisPost').implement({
    description: 'A post held by crisis mode until the cell lead approves it.',
    fields: (t) => ({
      id: t.exposeID('id'),
      body: t.exposeString('body'),
      heldAt: t.field({ type: 'DateTime', resolve: (p) => p.heldAt }),
      author: t.field({ type: refs.User, resolve: (p) => p.author }),
      communityName: t.string({ resolve: (p) => p.community.name }),
    }),
  });
  const PostMortem = builder.objectRef<IncidentRow>('CmPostMortem').implement({
    fields: (t) => ({
      whatHappened: t.string({ resolve: (i) => i.whatHappened ?? '' }),
      whatWorked: t.string({ resolve: (i) => i.whatWorked ?? '' }),
      whatToChange: t.string({ resolve: (i) => i.whatToChange ?? '' }),
    }),
  });

  const Summary = builder
    .objectRef<Awaited<ReturnType<typeof listIncidents>>[number]>('CmIncidentSummary')
    .implement({
      description: 'An incident in the list: what the cell and the chief CM see at a glance.',
      fields: (t) => ({
        id: t.id({ resolve: (r) => r.incident.id }),
        title: t.string({ resolve: (r) => r.incident.title }),
        severity: t.int({ resolve: (r) => r.incident.severity }),
        status: t.field({ type: Status, resolve: (r) => r.incident.status }),
        declaredAt: t.field({ type: 'DateTime', resolve: (r) => r.incident.declaredAt }),
        closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.incident.closedAt }),
        lead: t.field({ type: refs.User, nullable: true, resolve: (r) => r.lead }),
        pendingPostCount: t.exposeInt('pendingPostCount'),
      }),
    });

  const Incident = builder.objectRef<IncidentView>('CmIncident').implement({
    description: 'A crisis the cell runs. Only its cell and the chief CM know it exists.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.exposeString('title'),
      severity: t.exposeInt('severity'),
      status: t.expose('status', { type: Status }),
      declaredAt: t.field({ type: 'DateTime', resolve: (i) => i.declaredAt }),
      closedAt: t.field({ type: 'DateTime', nullable: true, resolve: (i) => i.closedAt }),
      lead: t.field({ type: refs.User, nullable: true, resolve: (i) => i.lead }),
      viewerIsLead: t.exposeBoolean('viewerIsLead'),
      cell: t.field({ type: [Member], resolve: (i) => i.cell }),
      communities: t.field({
        type: [Community],
        description: 'The scope’s communities the viewer may know exist.',
        resolve: (i) => i.communities,
      }),
      hiddenCommunityCount: t.exposeInt('hiddenCommunityCount', {
        description: 'Communities of the scope the viewer may not know exist: counted, never named.',
      }),
      playbook: t.field({ type: [Step], resolve: (i) => i.playbook }),
      timeline: t.field({ type: [Event], resolve: (i) => i.timeline }),
      pendingPosts: t.field({ type: [HeldPost], resolve: (i) => i.pendingPosts }),
      holdingStatement: t.exposeString('holdingStatement', { nullable: true }),
      holdingStatementAt: t.field({ type: 'DateTime', nullable: true, resolve: (i) => i.holdingStatementAt }),
      postMortem: t.field({
        type: PostMortem,
        nullable: true,
        description: 'Written by the lead at closing; null while the incident is open.',
        resolve: (i) => (i.status === 'closed' ? i : null),
      }),
    }),
  });

  queryField('incidents', (t) =>
    t.withAuth({ signedIn: true }).connection(
      {
        type: Summary,
        description:
          'Incidents the viewer may read, newest first, a page at a time (at most 50): the chief CM all, a cell member theirs, others none.',
        args: { status: t.arg({ type: Status }) },
        resolve: async (_root, args, ctx) => {
          const first = pageSize(args.first);
          const rows = await listIncidents(ctx.db, ctx.viewer, args.status ?? null, {
            first,
            after: decodeKeyset(args.after),
          });
          return connectionOf(rows, first, (r) => [r.at, r.incident.id], args.after);
        },
      },
      { name: 'CmIncidentConnection' },
      { name: 'CmIncidentEdge' },
    ),
  );

  queryField('incident', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Incident,
      errors: {},
      description: 'One incident; NotFoundError for anyone outside its cell but the chief CM.',
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) => {
        const incident = await loadIncidentFor(
          ctx.db,
          ctx.viewer,
          incidentId(args.id),
          'cm-network:read-incident',
        );
        return viewIncident(services, ctx.viewer, incident);
      },
    }),
  );
  return { Incident };
}
