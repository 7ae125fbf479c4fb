import { schema as core } from '@levain/db';
import { type PluginServices, ValidationError, type Viewer } from '@levain/server/plugin';
import { and, eq } from 'drizzle-orm';
import { charterAmbassadorQuestions, charterAmbassadors } from '../../db/schema';
import { servingUnit } from './model';

/**
 * "Ask an ambassador": the question goes to the approved ambassadors of the asker's unit or a unit
 * above it (by notification); refused when none serves them, so the asker knows to look elsewhere.
 */
export async function askAmbassador(services: PluginServices, viewer: Viewer, question: string) {
  const { db } = services;
  const [asker] = await db
    .select({ orgUnitId: core.users.orgUnitId })
    .from(core.users)
    .where(eq(core.users.id, viewer.id));
  const orgUnitId = asker?.orgUnitId ?? null;
  const ambassadors = await db
    .select({ id: charterAmbassadors.userId })
    .from(charterAmbassadors)
    .innerJoin(core.users, eq(core.users.id, charterAmbassadors.userId))
    .where(
      and(eq(charterAmbassadors.status, 'approved'), eq(core.users.status, 'active'), servingUnit(orgUnitId)),
    );
  const recipients = ambassadors.map((a) => a.id).filter((id) => id !== viewer.id);
  if (!recipients.length) throw ValidationError.field('question', 'charter:validation.noAmbassador');
  const [row] = await db
    .insert(charterAmbassadorQuestions)
    .values({ askerId: viewer.id, orgUnitId, question })
    .returning();
  await services.notifications.send({
    userIds: recipients,
    message: 'notification.question.asked',
    params: {},
    link: '/charter/ambassadors',
    groupKey: `question:${row!.id}`,
  });
  return { question: row!, recipients: recipients.length };
}
