import { schema } from '@levain/db';
import { and, eq, notInArray } from 'drizzle-orm';
import type { SignedInContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { can } from '../permissions';
import { isUuid } from '../posts/access';
import { checkedLabels, skillIds, skillSlug } from './skill-names';

/** Replaces the skills on the viewer's profile; endorsements of the skills kept stay. */
export async function setMySkills(ctx: SignedInContext, labels: string[]): Promise<void> {
  const userId = ctx.viewer.id;
  const skills = checkedLabels(labels, 'skills');
  await ctx.db.transaction(async (tx) => {
    const ids = await skillIds(tx, skills);
    const mine = eq(schema.userSkills.userId, userId);
    await tx
      .delete(schema.userSkills)
      .where(ids.length ? and(mine, notInArray(schema.userSkills.skillId, ids)) : mine);
    if (ids.length)
      await tx
        .insert(schema.userSkills)
        .values(ids.map((skillId) => ({ userId, skillId })))
        .onConflictDoNothing();
  });
}

/** A colleague endorses one skill a person lists, once; never their own. */
export async function endorseSkill(ctx: SignedInContext, userId: string, skill: string): Promise<string> {
  const viewer = ctx.viewer;
  if (!isUuid(userId)) throw new NotFoundError();
  if (!can(viewer, 'skill:endorse', { id: userId }))
    throw ValidationError.field('userId', 'skills.endorseSelf');
  const listed = await ctx.db
    .select({ skillId: schema.userSkills.skillId, label: schema.skills.label })
    .from(schema.userSkills)
    .innerJoin(schema.skills, eq(schema.skills.id, schema.userSkills.skillId))
    .innerJoin(schema.users, eq(schema.users.id, schema.userSkills.userId))
    .where(
      and(
        eq(schema.userSkills.userId, userId),
        eq(schema.skills.slug, skillSlug(skill)),
        eq(schema.users.status, 'active'),
      ),
    );
  if (!listed[0]) throw ValidationError.field('skill', 'skills.notListed');
  const inserted = await ctx.db
    .insert(schema.skillEndorsements)
    .values({ userId, skillId: listed[0].skillId, endorserId: viewer.id })
    .onConflictDoNothing()
    .returning({ userId: schema.skillEndorsements.userId });
  if (!inserted.length) throw ValidationError.field('skill', 'skills.alreadyEndorsed');
  ctx.services.events.emit('skills.endorsed', { userId, skill: listed[0].label, endorserId: viewer.id });
  return listed[0].skillId;
}
