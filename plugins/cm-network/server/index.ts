import { fileURLToPath } from 'node:url';
import { audit, definePlugin } from '@levain/server/plugin';
import { and, eq, isNull } from 'drizzle-orm';
import { cmAssignments, cmPositions, cmReports, cmTargets, cmWorkloadNotices } from '../db/schema';
import { dataProcessing } from './data-processing';
import { seedCmNetworkDemo } from './demo/index';
import { markPublished } from './editorial/items';
import { holdsPost, logHeldPost } from './incidents/crisis';
import { messages } from './messages';
import { emitMembershipEvents, syncNetworkCommunity } from './network/community';
import { heldPositions, loadHistory } from './network/positions';
import { cmNetworkPermissions, HOLDS_POSITION, PART_TIME_CM } from './permissions';
import { loadRoster } from './roster';
import { cmNetworkSchema } from './schema/index';
import { alertOn } from './watch/notify';
import { sendWorkloadNotices } from './workload/notices';

/** The chief CM's network: positions on the org chart, who holds them, and the monthly digital board. */
export default definePlugin({
  db: { migrationsFolder: fileURLToPath(new URL('../db/migrations', import.meta.url)) },
  schema: cmNetworkSchema,
  messages,
  permissions: cmNetworkPermissions,
  holdPost: holdsPost,
  /** For the navigation: whether the viewer holds a position now, and a part-time one (one statement). */
  viewerFacts: async (viewer, { db }) => {
    const held = await heldPositions(db, viewer.id);
    return [
      ...(held.length ? [HOLDS_POSITION] : []),
      ...(held.some((p) => p.timeBasis === 'part_time') ? [PART_TIME_CM] : []),
    ];
  },
  jobs: {
    /** Once a month is over, part-time CMs' workload notices (idempotent: once per person and month). */
    'cm-network.workload-notices': {
      everyMinutes: 60,
      run: async (_payload, services) => {
        await sendWorkloadNotices(services, new Date());
      },
    },
  },
  on: {
    /** New content is matched against the watch lists; a scheduled editorial post going out marks its item published. */
    'post.published': async ({ postId }, services) => {
      await markPublished(services.db, postId);
      await alertOn(services, { postId });
    },
    'comment.created': ({ postId, commentId }, services) => alertOn(services, { postId, commentId }),
    /** A post crisis mode held goes in the timeline of the incidents holding it. */
    'post.approval-requested': async (post, { db }) => {
      if (post.heldBy === 'cm-network') await logHeldPost(db, post);
    },
    /** A deactivated person no longer animates anything: their positions fall vacant (history kept) and the chief CM sees the gap. */
    'user.deactivated': async ({ userId, actorId }, services) => {
      const events = await services.db.transaction(async (tx) => {
        const ended = await tx
          .update(cmAssignments)
          .set({ endedAt: new Date() })
          .where(and(eq(cmAssignments.userId, userId), isNull(cmAssignments.endedAt)))
          .returning({ positionId: cmAssignments.positionId });
        if (!ended.length) return [];
        await audit(tx, actorId, 'cm-network.roles-removed', 'user', userId, {
          positionIds: ended.map((r) => r.positionId),
        });
        return syncNetworkCommunity(tx, services, [userId], actorId);
      });
      emitMembershipEvents(services, events);
    },
  },
  dataProcessing,
  personalData: {
    export: async (userId, { db }) => {
      const roles = await loadRoster(db, eq(cmAssignments.userId, userId));
      const positions = await db
        .select({ id: cmPositions.id })
        .from(cmPositions)
        .innerJoin(cmAssignments, eq(cmAssignments.positionId, cmPositions.id))
        .where(eq(cmAssignments.userId, userId));
      const reports = await db
        .select({
          month: cmReports.month,
          highlights: cmReports.highlights,
          requests: cmReports.requests,
          recommendations: cmReports.recommendations,
          status: cmReports.status,
        })
        .from(cmReports)
        .where(eq(cmReports.authorId, userId));
      const history = await loadHistory(
        db,
        positions.map((p) => p.id),
      );
      return {
        roles: roles.map((role) => ({
          orgUnit: role.orgUnit.name,
          kind: role.kind,
          shareOfTimePercent: role.shareOfTimePercent,
          assignedAt: role.assignedAt.toISOString(),
        })),
        reports,
        positions: history
          .filter((a) => a.userId === userId)
          .map((a) => ({
            positionId: a.positionId,
            startedAt: a.startedAt.toISOString(),
            endedAt: a.endedAt?.toISOString() ?? null,
          })),
      };
    },
    erase: async (userId, { db }) => {
      await db.transaction(async (tx) => {
        await tx.delete(cmAssignments).where(eq(cmAssignments.userId, userId));
        await tx.update(cmAssignments).set({ assignedBy: null }).where(eq(cmAssignments.assignedBy, userId));
        await tx.update(cmPositions).set({ createdBy: null }).where(eq(cmPositions.createdBy, userId));
        await tx.update(cmTargets).set({ setBy: null }).where(eq(cmTargets.setBy, userId));
        await tx.update(cmReports).set({ authorId: null }).where(eq(cmReports.authorId, userId));
        await tx.update(cmReports).set({ reviewerId: null }).where(eq(cmReports.reviewerId, userId));
        await tx.delete(cmWorkloadNotices).where(eq(cmWorkloadNotices.userId, userId));
      });
    },
  },
  demo: seedCmNetworkDemo,
});
