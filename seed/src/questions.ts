import { schema, type Tx } from '@levain/db';
import type { Random } from '@levain/server/seeding';
import { detectLanguage, renderMarkdown, skillSlug } from '@levain/server/seeding';
import { plainResolver as resolver } from './bodies';
import type { SeededCommunity } from './communities';
import { demoQuestions, namedSkills, type QuestionScript, skillPool } from './content/questions';
import type { DemoPerson } from './people';

const HOUR_MS = 3_600_000;

/** The skills met in the demo, created once: their ids by slug. */
async function insertSkills(tx: Tx, labels: string[]): Promise<Map<string, string>> {
  const unique = new Map(labels.map((label) => [skillSlug(label), label]));
  const rows = await tx
    .insert(schema.skills)
    .values([...unique].map(([slug, label]) => ({ slug, label })))
    .returning({ id: schema.skills.id, slug: schema.skills.slug });
  return new Map(rows.map((r) => [r.slug, r.id]));
}

async function askDemoQuestion(
  tx: Tx,
  script: QuestionScript,
  community: SeededCommunity,
  personOf: (ref: string) => string,
  skillIds: Map<string, string>,
  now: number,
) {
  const askedAt = now - script.daysAgo * 24 * HOUR_MS;
  const at = (hours: number) => new Date(askedAt + hours * HOUR_MS);
  const askedById = personOf(script.by);
  const [post] = await tx
    .insert(schema.posts)
    .values({
      communityId: community.id,
      authorId: askedById,
      body: script.body,
      bodyHtml: (await renderMarkdown(script.body, resolver)).html,
      language: detectLanguage(script.body, 'fr'),
      publishedAt: at(0).toISOString(),
      commentCount: script.answers.length,
      createdAt: at(0),
    })
    .returning({ id: schema.posts.id });
  const answerIds: string[] = [];
  for (const answer of script.answers) {
    const [comment] = await tx
      .insert(schema.comments)
      .values({
        postId: post!.id,
        authorId: personOf(answer.by),
        body: answer.body,
        bodyHtml: (await renderMarkdown(answer.body, resolver)).html,
        createdAt: at(answer.afterHours).toISOString(),
      })
      .returning({ id: schema.comments.id });
    answerIds.push(comment!.id);
    const voters = community.memberIds.filter((id) => id !== personOf(answer.by)).slice(0, answer.upvotes);
    if (voters.length)
      await tx
        .insert(schema.answerVotes)
        .values(voters.map((userId) => ({ commentId: comment!.id, userId })));
  }
  const accepted = script.accepted;
  await tx.insert(schema.questions).values({
    postId: post!.id,
    communityId: community.id,
    askedById,
    askedAt: at(0).toISOString(),
    firstAnswerAt: script.answers[0] ? at(script.answers[0].afterHours) : null,
    acceptedAnswerId: accepted ? answerIds[accepted.answer]! : null,
    acceptedAt: accepted ? at(accepted.afterHours) : null,
    acceptedById: accepted ? (accepted.by === 'asker' ? askedById : community.animatorIds[0]!) : null,
  });
  await tx
    .insert(schema.questionSkills)
    .values(script.skills.map((label) => ({ postId: post!.id, skillId: skillIds.get(skillSlug(label))! })));
}

/**
 * Questions answered and waiting in the CM academy, the intranet project and the help community;
 * skills on the named accounts and on a few dozen colleagues, endorsed by people of their unit,
 * so the expert finder ranks people by endorsements and accepted answers.
 */
export async function seedQuestionsAndSkills(
  tx: Tx,
  people: DemoPerson[],
  communities: SeededCommunity[],
  random: Random,
  now: Date,
): Promise<{ questions: number; endorsements: number }> {
  const byEmail = new Map(people.map((p) => [p.email, p.id]));
  const named = new Set(Object.keys(namedSkills).map((email) => byEmail.get(email)!));
  const skillIds = await insertSkills(tx, [
    ...skillPool,
    ...Object.values(namedSkills).flat(),
    ...demoQuestions.flatMap((q) => q.skills),
  ]);

  for (const script of demoQuestions) {
    const community = communities.find((c) => c.slug === script.community)!;
    const others = community.memberIds.filter((id) => !named.has(id));
    const personOf = (ref: string) =>
      ref.startsWith('member:') ? others[Number(ref.slice(7)) % others.length]! : byEmail.get(ref)!;
    await askDemoQuestion(tx, script, community, personOf, skillIds, now.getTime());
  }

  const holdings = new Map<string, string[]>();
  for (const [email, labels] of Object.entries(namedSkills)) holdings.set(byEmail.get(email)!, labels);
  for (const person of people.filter((p) => !named.has(p.id)).slice(0, 60))
    holdings.set(person.id, [random.pick(skillPool), random.pick(skillPool)]);
  const userSkills = [...holdings].flatMap(([userId, labels]) =>
    [...new Set(labels.map(skillSlug))].map((slug) => ({
      userId,
      skillId: skillIds.get(slug)!,
      createdAt: new Date(now.getTime() - 40 * 24 * HOUR_MS),
    })),
  );
  await tx.insert(schema.userSkills).values(userSkills);

  const everyone = people.map((p) => p.id);
  const endorsements = userSkills.flatMap(({ userId, skillId }) => {
    const count = named.has(userId) ? 3 + Math.floor(random.next() * 4) : Math.floor(random.next() * 3);
    const endorsers = new Set<string>();
    while (endorsers.size < count) {
      const endorser = random.pick(everyone);
      if (endorser !== userId) endorsers.add(endorser);
    }
    return [...endorsers].map((endorserId) => ({
      userId,
      skillId,
      endorserId,
      createdAt: new Date(now.getTime() - Math.floor(random.next() * 30) * 24 * HOUR_MS),
    }));
  });
  await tx.insert(schema.skillEndorsements).values(endorsements);
  return { questions: demoQuestions.length, endorsements: endorsements.length };
}
