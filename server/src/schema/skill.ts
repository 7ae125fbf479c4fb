import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { isUuid, NOBODY } from '../posts/access';
import { endorseSkill, setMySkills } from '../skills/endorsement';
import { acceptedAnswerCountSql, endorsementCountSql, expertScoreSql } from '../skills/experts';
import { skillSlug } from '../skills/skill-names';
import { builder } from './builder';
import { User } from './user';
import { message } from './validation';

const viewerId = (ctx: Context) => ctx.viewer?.id ?? NOBODY;
const SHOWN_ENDORSERS = 20;
const MAX_EXPERTS = 50;

export const Endorsement = builder.drizzleObject('skillEndorsements', {
  name: 'Endorsement',
  description: 'A colleague vouching for one of a person’s skills.',
  fields: (t) => ({
    endorser: t.relation('endorser'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const Skill = builder.drizzleObject('userSkills', {
  name: 'Skill',
  description: 'A skill a person lists on their profile, with its endorsements.',
  select: {
    columns: { userId: true, skillId: true },
    with: { skill: { columns: { label: true, slug: true } } },
  },
  fields: (t) => ({
    name: t.string({ resolve: (s) => s.skill.label }),
    slug: t.string({ description: 'The normalised form searches match.', resolve: (s) => s.skill.slug }),
    person: t.relation('user'),
    endorsementCount: t.int({
      select: { extras: { endorsementCount: (us) => endorsementCountSql(us) } },
      resolve: (s) => Number(s.endorsementCount),
    }),
    viewerHasEndorsed: t.boolean({
      select: (_args, ctx) => ({
        extras: {
          endorsedByViewer: (us) => sql<boolean>`exists (select 1 from skill_endorsements e
            where e.user_id = ${us.userId} and e.skill_id = ${us.skillId} and e.endorser_id = ${viewerId(ctx)})`,
        },
      }),
      resolve: (s) => !!s.endorsedByViewer,
    }),
    viewerCanEndorse: t.boolean({
      description: 'Whether the viewer may endorse it: colleagues who have not yet.',
      select: (_args, ctx) => ({
        extras: {
          endorsableByViewer: (us) => sql<boolean>`(${us.userId} <> ${viewerId(ctx)} and not exists (select 1
            from skill_endorsements e where e.user_id = ${us.userId} and e.skill_id = ${us.skillId}
            and e.endorser_id = ${viewerId(ctx)}))`,
        },
      }),
      resolve: (s) => !!s.endorsableByViewer,
    }),
    endorsements: t.relation('endorsements', {
      type: Endorsement,
      description: `The latest endorsements (at most ${SHOWN_ENDORSERS}).`,
      query: { orderBy: { createdAt: 'desc' }, limit: SHOWN_ENDORSERS },
    }),
  }),
});

export const Expert = builder.drizzleObject('userSkills', {
  variant: 'Expert',
  description: 'A person found by skill, with what ranks them.',
  select: { columns: { userId: true, skillId: true } },
  fields: (t) => ({
    person: t.relation('user'),
    skill: t.variant(Skill),
    endorsementCount: t.int({
      select: { extras: { endorsementCount: (us) => endorsementCountSql(us) } },
      resolve: (s) => Number(s.endorsementCount),
    }),
    acceptedAnswerCount: t.int({
      description: 'Accepted answers to questions tagged with the skill that the viewer may read.',
      select: (_args, ctx) => ({ extras: { acceptedCount: (us) => acceptedAnswerCountSql(ctx.viewer, us) } }),
      resolve: (s) => Number(s.acceptedCount),
    }),
  }),
});

builder.drizzleObjectFields(User, (t) => ({
  skills: t.relation('skills', {
    type: Skill,
    description: 'The skills the person lists, the most endorsed first.',
    query: { orderBy: (us) => [sql`${endorsementCountSql(us)} desc`, us.createdAt] },
  }),
}));

const skillArg = z
  .string()
  .trim()
  .min(1, message('validation.required'))
  .max(60, message('validation.tooLong', { max: 60 }));

builder.queryFields((t) => ({
  experts: t.withAuth({ signedIn: true }).drizzleField({
    type: [Expert],
    description: `Active people listing a skill matching the words (accents and case ignored), ranked by endorsements and accepted answers on questions tagged with it (at most ${MAX_EXPERTS}).`,
    args: {
      skill: t.arg.string({ required: true, validate: skillArg }),
      first: t.arg.int({ defaultValue: 20, validate: z.number().int().min(1).max(MAX_EXPERTS) }),
    },
    resolve: (query, _root, { skill, first }, ctx) => {
      const slug = skillSlug(skill);
      if (!slug) return [];
      return ctx.db.query.userSkills.findMany(
        query({
          where: {
            RAW: (us) => sql`${us.skillId} in (select s.id from skills s where s.slug like ${`%${slug}%`})
              and ${us.userId} in (select u.id from users u where u.status = 'active')`,
          },
          // On equal scores, answers given first: they show the skill at work.
          orderBy: (us) => [
            sql`${expertScoreSql(ctx.viewer, us)} desc`,
            sql`${acceptedAnswerCountSql(ctx.viewer, us)} desc`,
            us.userId,
          ],
          limit: first ?? 20,
        }),
      );
    },
  }),
  skillSuggestions: t.withAuth({ signedIn: true }).stringList({
    description: 'Skills people already list that start with or contain these words, for the profile form.',
    args: { prefix: t.arg.string({ required: true, validate: skillArg }) },
    resolve: async (_root, { prefix }, ctx) => {
      const slug = skillSlug(prefix);
      const rows = await ctx.db.query.skills.findMany({
        columns: { label: true },
        where: { RAW: (s) => sql`${s.slug} like ${`%${slug}%`}` },
        orderBy: { label: 'asc' },
        limit: 10,
      });
      return rows.map((r) => r.label);
    },
  }),
}));

builder.mutationFields((t) => ({
  setMySkills: t.withAuth({ signedIn: true }).drizzleField({
    type: User,
    description: 'Replaces the skills on the viewer’s profile (endorsements of the skills kept stay).',
    errors: {},
    args: {
      skills: t.arg.stringList({
        required: true,
        validate: z
          .array(z.string().max(60, message('validation.tooLong', { max: 60 })))
          .max(30, message('validation.tooMany', { max: 30 })),
      }),
    },
    resolve: async (query, _root, { skills }, ctx) => {
      await setMySkills(ctx, skills);
      return (await ctx.db.query.users.findFirst(query({ where: { id: ctx.viewer.id } })))!;
    },
  }),
  endorseSkill: t.withAuth({ signedIn: true }).drizzleField({
    type: Skill,
    description: 'Endorses a colleague’s skill, once; not one’s own.',
    errors: {},
    args: {
      userId: t.arg.globalID({ required: true, for: User }),
      skill: t.arg.string({ required: true, validate: skillArg }),
    },
    resolve: async (query, _root, { userId, skill }, ctx) => {
      if (!isUuid(userId.id)) throw new NotFoundError();
      const skillId = await endorseSkill(ctx, userId.id, skill);
      return (await ctx.db.query.userSkills.findFirst(query({ where: { userId: userId.id, skillId } })))!;
    },
  }),
}));
