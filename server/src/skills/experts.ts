import { type Column, type SQL, sql } from 'drizzle-orm';
import { readablePostById, type Viewer } from '../permissions';

type PersonSkill = { userId: Column; skillId: Column };

export const endorsementCountSql = (us: PersonSkill): SQL<number> =>
  sql<number>`(select count(*)::int from skill_endorsements e where e.user_id = ${us.userId} and e.skill_id = ${us.skillId})`;

/**
 * Answers of this person accepted on questions tagged with the skill, counting only the questions
 * the viewer may read (a secret community's questions do not show through someone's score).
 */
export const acceptedAnswerCountSql = (viewer: Viewer | null, us: PersonSkill): SQL<number> =>
  sql<number>`(select count(*)::int from questions q
    join question_skills qs on qs.post_id = q.post_id and qs.skill_id = ${us.skillId}
    join comments c on c.id = q.accepted_answer_id and c.author_id = ${us.userId}
    where c.moderation = 'visible' and c.deleted_at is null and ${readablePostById(viewer, sql`q.post_id`)})`;

/** An accepted answer shows the skill at work: it weighs as much as two endorsements. */
export const expertScoreSql = (viewer: Viewer | null, us: PersonSkill): SQL =>
  sql`(${endorsementCountSql(us)} + 2 * ${acceptedAnswerCountSql(viewer, us)})`;
