import { schema as core, type Db } from '@levain/db';
import { type PluginServices, ValidationError, type Viewer } from '@levain/server/plugin';
import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { charterAmbassadorQuestions, charterAmbassadors } from '../../db/schema';

export type QuestionView = typeof charterAmbassadorQuestions.$inferSelect & {
  askerName: string;
  answererName: string | null;
};

/**
 * The questions an approved ambassador may answer: asked from their unit or a unit below it (all of
 * them for an ambassador of the whole organisation). Nothing for anyone else.
 */
const answerableBy = (viewerId: string): SQL => sql`exists (
  select 1 from ${charterAmbassadors} a where a.user_id = ${viewerId} and a.status = 'approved'
  and (a.org_unit_id is null or ${charterAmbassadorQuestions.orgUnitId} in (
    with recursive down(id) as (
      select a.org_unit_id union all select u.id from ${core.orgUnits} u join down on u.parent_id = down.id)
    select id from down)))`;

const answerer = sql.raw('answerer');

/** Questions matching `where`, newest first, with the asker's and the answerer's names: one statement. */
async function questionsWhere(db: Db, where: SQL | undefined, limit: number) {
  const q = charterAmbassadorQuestions;
  const rows = await db
    .select({
      question: q,
      askerName: core.users.name,
      at: sql<string>`to_char(${q.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      answererName: sql<
        string | null
      >`(select ${answerer}.name from ${core.users} ${answerer} where ${answerer}.id = ${q.answeredBy})`,
    })
    .from(q)
    .innerJoin(core.users, eq(core.users.id, q.askerId))
    .where(where)
    .orderBy(desc(q.createdAt), desc(q.id))
    .limit(limit);
  return rows.map((r): QuestionView & { at: string } => ({
    ...r.question,
    askerName: r.askerName,
    answererName: r.answererName,
    at: r.at,
  }));
}

/** A page of questions (and one more): the viewer's own (`mine`) or those they may answer as an ambassador. */
export function questionsPage(
  db: Db,
  viewerId: string,
  page: { mine: boolean; first: number; after?: [string, string] | null },
) {
  const q = charterAmbassadorQuestions;
  const keyset = page.after
    ? sql`(${q.createdAt}, ${q.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
    : undefined;
  const whose = page.mine ? eq(q.askerId, viewerId) : answerableBy(viewerId);
  return questionsWhere(db, and(whose, keyset), page.first + 1);
}

/** One question, as its answerer sees it. */
export async function questionWithId(db: Db, id: string) {
  const [row] = await questionsWhere(db, eq(charterAmbassadorQuestions.id, id), 1);
  return row ?? null;
}

/**
 * An ambassador who serves the asker's unit answers a question, once; the answer is credited to
 * them and the asker is told.
 */
export async function answerQuestion(
  services: PluginServices,
  viewer: Viewer,
  input: { questionId: string; answer: string },
) {
  const { db } = services;
  const q = charterAmbassadorQuestions;
  const [answered] = await db
    .update(q)
    .set({ answer: input.answer, answeredBy: viewer.id, answeredAt: new Date() })
    .where(and(eq(q.id, input.questionId), isNull(q.answeredAt), answerableBy(viewer.id)))
    .returning();
  if (!answered) {
    const [question] = await db
      .select({ answeredAt: q.answeredAt })
      .from(q)
      .where(eq(q.id, input.questionId));
    throw ValidationError.field(
      'questionId',
      question?.answeredAt ? 'charter:validation.questionAnswered' : 'charter:validation.notYourQuestion',
    );
  }
  await services.notifications.send({
    userIds: [answered.askerId],
    message: 'notification.question.answered',
    params: {},
    link: '/charter/ambassadors',
    groupKey: `question:${answered.id}`,
  });
  return answered;
}
