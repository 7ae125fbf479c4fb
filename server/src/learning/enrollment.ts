import { type Db, schema, type Tx } from '@levain/db';
import { and, eq } from 'drizzle-orm';
import { NotAllowedError, NotFoundError } from '../errors';
import type { Viewer } from '../permissions';
import { isUuid } from '../posts/access';
import { fromJson } from '../schema/reaction';
import { pathFor } from './access';
import { type Progress, progressSql } from './progress';

export type Enrollment = typeof schema.enrollments.$inferSelect;

/** What a write tells the event bus once committed: the path the person has just completed. */
export type Completion = { pathId: string; communityId: string; userId: string; certificateId: string };

/** Enrols the viewer in a path they may take; enrolling again keeps the first enrolment. */
export async function enroll(db: Db, viewer: Viewer, pathId: string): Promise<Enrollment> {
  return db.transaction(async (tx) => {
    await pathFor(tx, viewer, pathId, 'learning-path:learn', 'learning.cannotLearn');
    await tx.insert(schema.enrollments).values({ pathId, userId: viewer.id }).onConflictDoNothing();
    return (await enrollmentOf(tx, pathId, viewer.id, true))!;
  });
}

/** The person's enrolment in a path, locked for the transaction when `lock` (attempts and completion). */
export async function enrollmentOf(tx: Tx, pathId: string, userId: string, lock = false) {
  const query = tx
    .select()
    .from(schema.enrollments)
    .where(and(eq(schema.enrollments.pathId, pathId), eq(schema.enrollments.userId, userId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Marks a lesson done for the viewer (again is harmless); completes the path when it was the last step. */
export async function completeLesson(
  db: Db,
  viewer: Viewer,
  lessonId: string,
): Promise<{ enrollment: Enrollment; completion: Completion | null }> {
  if (!isUuid(lessonId)) throw new NotFoundError();
  return db.transaction(async (tx) => {
    const lesson = await tx.query.lessons.findFirst({
      columns: { id: true },
      where: { id: lessonId },
      with: { module: { columns: { pathId: true } } },
    });
    if (!lesson) throw new NotFoundError();
    const path = await pathFor(
      tx,
      viewer,
      lesson.module.pathId,
      'learning-path:learn',
      'learning.cannotLearn',
    );
    const enrollment = await enrollmentOf(tx, path.id, viewer.id, true);
    if (!enrollment) throw new NotAllowedError('learning.enrollFirst');
    await tx.insert(schema.lessonCompletions).values({ lessonId, userId: viewer.id }).onConflictDoNothing();
    return finishIfComplete(tx, path, enrollment);
  });
}

/**
 * Once every step is done, the enrolment is completed and a certificate issued on the path's
 * current version (the enrolment row is locked by the caller, so this happens once).
 */
export async function finishIfComplete(
  tx: Tx,
  path: { id: string; communityId: string; version: number },
  enrollment: Enrollment,
): Promise<{ enrollment: Enrollment; completion: Completion | null }> {
  if (enrollment.completedAt) return { enrollment, completion: null };
  const row = await tx.query.enrollments.findFirst({
    columns: { id: true },
    where: { id: enrollment.id },
    extras: { progress: (e) => progressSql(e.pathId, e.userId) },
  });
  const progress = fromJson<Progress>(row!.progress);
  if (progress.total === 0 || progress.done < progress.total) return { enrollment, completion: null };
  const completedAt = new Date();
  const [completed] = await tx
    .update(schema.enrollments)
    .set({ completedAt })
    .where(eq(schema.enrollments.id, enrollment.id))
    .returning();
  const [certificate] = await tx
    .insert(schema.certificates)
    .values({ pathId: path.id, userId: enrollment.userId, pathVersion: path.version, issuedAt: completedAt })
    .onConflictDoUpdate({
      target: [schema.certificates.pathId, schema.certificates.userId],
      set: { pathVersion: path.version, issuedAt: completedAt },
    })
    .returning({ id: schema.certificates.id });
  return {
    enrollment: completed!,
    completion: {
      pathId: path.id,
      communityId: path.communityId,
      userId: enrollment.userId,
      certificateId: certificate!.id,
    },
  };
}
