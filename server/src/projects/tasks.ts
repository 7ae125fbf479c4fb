import { schema, type Tx } from '@levain/db';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { findMembership } from '../communities/access';
import { ValidationError } from '../errors';
import type { Viewer } from '../permissions';
import { loadProjectFor, loadTaskFor } from './access';

export type TaskStatus = (typeof schema.taskStatus.enumValues)[number];

export type NewTask = {
  projectId: string;
  title: string;
  description: string;
  assigneeId: string | null;
  dueOn: string | null;
  status: TaskStatus;
};

/** Tasks are given to active members of the project only. */
async function assertMember(tx: Tx, projectId: string, userId: string | null) {
  if (!userId) return;
  const membership = await findMembership(tx, projectId, userId);
  if (membership?.status !== 'active') throw ValidationError.field('assigneeId', 'project.assigneeNotMember');
}

/** Creates a task at the bottom of its column; those who may post in the project may. */
export async function createTask(tx: Tx, viewer: Viewer, input: NewTask): Promise<{ id: string }> {
  await loadProjectFor(tx, viewer, input.projectId, 'project:work', { lock: true });
  await assertMember(tx, input.projectId, input.assigneeId);
  const t = schema.tasks;
  const [task] = await tx
    .insert(t)
    .values({
      ...input,
      position: sql`(select coalesce(max(${t.position}), 0) + 1 from ${t}
        where ${t.projectId} = ${input.projectId} and ${t.status} = ${input.status})`,
      createdById: viewer.id,
      doneAt: input.status === 'done' ? new Date() : null,
    })
    .returning({ id: t.id });
  return task!;
}

/**
 * Puts the task in a column (status) at a place (0: top; past the end: bottom), between the two
 * cards around that place, so a drop and the keyboard's "move" end the same way.
 */
export async function moveTask(
  tx: Tx,
  viewer: Viewer,
  taskId: string,
  status: TaskStatus,
  index: number | null,
): Promise<void> {
  const { task } = await loadTaskFor(tx, viewer, taskId, 'project:work');
  const t = schema.tasks;
  const column = and(eq(t.projectId, task.projectId), eq(t.status, status), ne(t.id, taskId));
  const place = index ?? Number.MAX_SAFE_INTEGER;
  const neighbours = await tx
    .select({ position: t.position })
    .from(t)
    .where(column)
    .orderBy(asc(t.position), asc(t.id))
    .offset(Math.max(place - 1, 0))
    .limit(place === 0 ? 1 : 2);
  const [before, after] = place === 0 ? [undefined, neighbours[0]] : neighbours;
  const position =
    place === 0
      ? (after?.position ?? 1) - 1
      : before && after
        ? (before.position + after.position) / 2
        : before
          ? before.position + 1
          : // Past the end of the column: after its last card.
            await lastPosition(tx, task.projectId, status, taskId);
  await tx
    .update(t)
    .set({
      status,
      position,
      updatedAt: new Date(),
      doneAt: status === 'done' ? (task.doneAt ?? new Date()) : null,
    })
    .where(eq(t.id, taskId));
}

async function lastPosition(tx: Tx, projectId: string, status: TaskStatus, taskId: string) {
  const t = schema.tasks;
  const [row] = await tx
    .select({ last: sql<number | null>`max(${t.position})` })
    .from(t)
    .where(and(eq(t.projectId, projectId), eq(t.status, status), ne(t.id, taskId)));
  return (row?.last ?? 0) + 1;
}

export type TaskChanges = Partial<Pick<NewTask, 'title' | 'description' | 'assigneeId' | 'dueOn'>>;

/** Changes what a task says, who does it and when it is due; those who may move it may. */
export async function updateTask(tx: Tx, viewer: Viewer, taskId: string, changes: TaskChanges) {
  const { task } = await loadTaskFor(tx, viewer, taskId, 'project:work');
  if (changes.assigneeId !== undefined) await assertMember(tx, task.projectId, changes.assigneeId);
  await tx
    .update(schema.tasks)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(schema.tasks.id, taskId));
}
