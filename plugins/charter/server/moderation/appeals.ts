import { schema as core, queryRows } from '@levain/db';
import {
  audit,
  hasRole,
  NotFoundError,
  type PluginServices,
  ValidationError,
  type Viewer,
} from '@levain/server/plugin';
import { and, eq, sql } from 'drizzle-orm';
import { charterAppeals } from '../../db/schema';

const appealable = ['hide', 'remove', 'warn'];

type AppealRow = {
  id: string;
  status: string;
  action_id: string;
  appellant_id: string;
  community_id: string | null;
  may: boolean;
};

/**
 * The author appeals a decision about their own content, once: the appeal waits for another
 * moderator or an admin.
 */
export async function fileAppeal(
  { db, notifications }: PluginServices,
  viewer: Viewer,
  input: { noticeId: string; statement: string },
): Promise<string> {
  const filed = await db.transaction(async (tx) => {
    const [decision] = await tx
      .select({
        subjectUserId: core.moderationActions.subjectUserId,
        action: core.moderationActions.action,
        communityId: core.moderationActions.communityId,
        actorId: core.moderationActions.actorId,
      })
      .from(core.moderationActions)
      .where(eq(core.moderationActions.id, input.noticeId));
    if (!decision || decision.subjectUserId !== viewer.id)
      throw ValidationError.field('noticeId', 'charter:validation.appealNotYours');
    if (!appealable.includes(decision.action))
      throw ValidationError.field('noticeId', 'charter:validation.notAppealable');
    const [appeal] = await tx
      .insert(charterAppeals)
      .values({
        moderationActionId: input.noticeId,
        appellantId: viewer.id,
        communityId: decision.communityId,
        statement: input.statement,
      })
      .onConflictDoNothing()
      .returning({ id: charterAppeals.id });
    if (!appeal) throw ValidationError.field('noticeId', 'charter:validation.appealedAlready');
    await audit(tx, viewer.id, 'charter.appeal.filed', 'moderation_action', input.noticeId, {
      appealId: appeal.id,
      communityId: decision.communityId,
    });
    // The community's other animators; the admins when there are none (or on a profile).
    const deciders = await queryRows<{ id: string }>(
      tx,
      sql`with animators as (select cm.user_id as id from ${core.communityMemberships} cm
          where cm.community_id = ${decision.communityId} and cm.status = 'active'
          and cm.role in ('owner', 'animator') and cm.user_id <> ${viewer.id}
          and cm.user_id is distinct from ${decision.actorId})
        select id from animators union all select r.user_id from ${core.userRoles} r
        where r.role = 'admin' and not exists (select 1 from animators)
          and r.user_id <> ${viewer.id} and r.user_id is distinct from ${decision.actorId}`,
    );
    return { id: appeal.id, deciders: deciders.map((d) => d.id) };
  });
  await notifications.send({
    userIds: filed.deciders,
    message: 'notification.appeal.filed',
    params: {},
    link: '/charter/appeals',
    groupKey: 'appeals',
  });
  return filed.id;
}

/**
 * Who may decide appeals: admins anywhere, a community's animators and owners there; never the
 * moderator who took the decision, nor the appellant (SQL over appeals `a` and actions `m`).
 */
export const decidableBy = (viewer: Viewer) =>
  sql`a.appellant_id <> ${viewer.id} and m.actor_id is distinct from ${viewer.id} and (${
    hasRole(viewer, 'admin') ? sql`true` : sql`false`
  } or exists (select 1 from ${core.communityMemberships} cm where cm.community_id = a.community_id
    and cm.user_id = ${viewer.id} and cm.status = 'active' and cm.role in ('owner', 'animator')))`;

/**
 * Another moderator or an admin upholds (the decision is reversed) or rejects an appeal; the
 * outcome is audit-logged and the appellant notified.
 */
export async function decideAppeal(
  services: PluginServices,
  viewer: Viewer,
  input: { appealId: string; upheld: boolean; decision: string },
): Promise<void> {
  const appeal = await services.db.transaction(async (tx) => {
    const [row] = await queryRows<AppealRow>(
      tx,
      sql`select a.id, a.status, a.moderation_action_id as action_id, a.appellant_id, a.community_id,
        (${decidableBy(viewer)}) as may
        from ${charterAppeals} a join ${core.moderationActions} m on m.id = a.moderation_action_id
        where a.id = ${input.appealId} for update of a`,
    );
    if (!row) throw new NotFoundError();
    if (!row.may) throw ValidationError.field('appealId', 'charter:validation.notYourAppealToDecide');
    if (row.status !== 'pending') throw ValidationError.field('appealId', 'charter:validation.appealDecided');
    const status = input.upheld ? 'upheld' : 'rejected';
    await tx
      .update(charterAppeals)
      .set({ status, decidedBy: viewer.id, decision: input.decision, decidedAt: new Date() })
      .where(and(eq(charterAppeals.id, row.id), eq(charterAppeals.status, 'pending')));
    if (input.upheld)
      await services.moderation.reverse(tx, {
        actionId: row.action_id,
        actorId: viewer.id,
        reason: input.decision,
      });
    await audit(tx, viewer.id, `charter.appeal.${status}`, 'moderation_action', row.action_id, {
      appealId: row.id,
      communityId: row.community_id,
      decision: input.decision,
    });
    return { ...row, status };
  });
  await services.notifications.send({
    userIds: [appeal.appellant_id],
    message: `notification.appeal.${appeal.status}`,
    params: {},
    link: '/moderation/notices',
    groupKey: `appeal:${appeal.id}`,
  });
}
