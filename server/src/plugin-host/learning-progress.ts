import { type Db, queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';
import { readablePathsWhere, type Viewer } from '../permissions';

/** A learning path as a plugin may name it: no content. */
export type LearningPathFacts = { id: string; title: string; communityId: string };

/** How far a person is in a learning path: started means a lesson done, a quiz tried or the path completed. */
export type LearningProgress = { userId: string; enrolled: boolean; started: boolean; completed: boolean };

/** Learning paths, newest first; given a viewer, only those they may read. */
export async function learningPaths(db: Db, viewer?: Viewer | null): Promise<LearningPathFacts[]> {
  const readable =
    viewer === undefined ? sql`true` : readablePathsWhere(viewer, { communityId: sql`p.community_id` });
  return queryRows<LearningPathFacts>(
    db,
    sql`select p.id, p.title, p.community_id as "communityId" from learning_paths p
      where ${readable} order by p.created_at desc, p.id`,
  );
}

/** Each person's progress in one path, in one statement (people without an enrollment: nothing started). */
export async function learningProgress(
  db: Db,
  pathId: string,
  userIds: readonly string[],
): Promise<LearningProgress[]> {
  if (!userIds.length) return [];
  return queryRows<LearningProgress>(
    db,
    sql`select u.id::text as "userId", e.id is not null as enrolled,
        e.completed_at is not null as completed,
        (e.completed_at is not null
          or exists (select 1 from lesson_completions lc join lessons l on l.id = lc.lesson_id
            join learning_modules m on m.id = l.module_id where m.path_id = ${pathId} and lc.user_id = u.id)
          or exists (select 1 from quiz_attempts a join quizzes q on q.id = a.quiz_id
            join learning_modules m on m.id = q.module_id where m.path_id = ${pathId} and a.user_id = u.id))
          as started
      from (select distinct id from jsonb_array_elements_text(${JSON.stringify(userIds)}::text::jsonb) as w(id)) w
      cross join lateral (select w.id::uuid as id) u
      left join enrollments e on e.path_id = ${pathId} and e.user_id = u.id`,
  );
}
