import { type SQL, sql } from 'drizzle-orm';

/**
 * A path's steps (its lessons and quizzes) in the order people take them: by module, then by
 * position in the module. Done: a completed lesson, a passed quiz (whatever its version).
 */
const steps = (pathId: SQL | unknown, userId: SQL | unknown) => sql`(
  select 'lesson' as kind, l.id, l.title, m.position as module_position, l.position,
    exists (select 1 from lesson_completions c where c.lesson_id = l.id and c.user_id = ${userId}) as done
  from lessons l join learning_modules m on m.id = l.module_id where m.path_id = ${pathId}
  union all
  select 'quiz', q.id, q.title, m.position, q.position,
    exists (select 1 from quiz_attempts a where a.quiz_id = q.id and a.user_id = ${userId} and a.passed)
  from quizzes q join learning_modules m on m.id = q.module_id where m.path_id = ${pathId})`;

export type StepRef = { kind: 'lesson' | 'quiz'; id: string; title: string };
export type Progress = { done: number; total: number; next: StepRef | null };

/**
 * One extra column with a person's progress on a path, so a list of enrolments or paths costs no
 * statement per row: steps done, steps in all, and the first step not done (where to resume).
 */
export const progressSql = (pathId: SQL | unknown, userId: SQL | unknown): SQL<Progress> =>
  sql<Progress>`(select json_build_object(
    'done', count(*) filter (where s.done),
    'total', count(*),
    'next', (select json_build_object('kind', n.kind, 'id', n.id, 'title', n.title) from ${steps(pathId, userId)} n
      where not n.done order by n.module_position, n.position limit 1))
  from ${steps(pathId, userId)} s)`;

/** A path's length: lessons, quizzes and the minutes its lessons take. */
export const pathSizeSql = (pathId: SQL | unknown) =>
  sql<{ lessons: number; quizzes: number; minutes: number }>`(select json_build_object(
    'lessons', (select count(*) from lessons l join learning_modules m on m.id = l.module_id where m.path_id = ${pathId}),
    'quizzes', (select count(*) from quizzes q join learning_modules m on m.id = q.module_id where m.path_id = ${pathId}),
    'minutes', (select coalesce(sum(l.estimated_minutes), 0) from lessons l join learning_modules m on m.id = l.module_id
      where m.path_id = ${pathId})))`;
