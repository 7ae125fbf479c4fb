import { schema, type Tx } from '@levain/db';
import { eq } from 'drizzle-orm';
import { NotFoundError } from '../errors';
import type { Viewer } from '../permissions';
import { loadProjectFor } from './access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Plans a milestone: those who tell the project's weather (its owner, animators, admins). */
export async function createMilestone(
  tx: Tx,
  viewer: Viewer,
  input: { projectId: string; title: string; dueOn: string },
): Promise<{ id: string }> {
  await loadProjectFor(tx, viewer, input.projectId, 'project:report');
  const [milestone] = await tx
    .insert(schema.milestones)
    .values(input)
    .returning({ id: schema.milestones.id });
  return milestone!;
}

/** Marks a milestone reached (keeping the first date it was) or not reached again. */
export async function completeMilestone(tx: Tx, viewer: Viewer, milestoneId: string, done: boolean) {
  if (!UUID.test(milestoneId)) throw new NotFoundError();
  const m = schema.milestones;
  const [milestone] = await tx.select().from(m).where(eq(m.id, milestoneId)).for('update');
  if (!milestone) throw new NotFoundError();
  await loadProjectFor(tx, viewer, milestone.projectId, 'project:report');
  await tx
    .update(m)
    .set({ doneAt: done ? (milestone.doneAt ?? new Date()) : null })
    .where(eq(m.id, milestoneId));
}
