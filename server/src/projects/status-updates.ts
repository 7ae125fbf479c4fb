import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import type { SignedInContext } from '../context';
import { ValidationError } from '../errors';
import { type Locale, translate } from '../i18n/messages';
import { writePost } from '../posts/write';
import { loadProjectFor } from './access';

export type ProjectWeather = (typeof schema.projectWeather.enumValues)[number];

export type StatusUpdateInput = {
  projectId: string;
  weather: ProjectWeather;
  reason: string;
  done: string;
  next: string;
  helpNeeded: string;
};

/** The post its readers see in the project's feed, in the author's language. */
function postBody(locale: Locale, input: StatusUpdateInput): string {
  const t = (key: Parameters<typeof translate>[1]['key'], params?: Record<string, string>) =>
    translate(locale, { key, params });
  const weather = t(`project.weather.${input.weather}`);
  const sections = [
    `**${t('project.update.title', { weather })}**${input.reason ? ` — ${input.reason}` : ''}`,
    input.done && `**${t('project.update.done')}**\n\n${input.done}`,
    input.next && `**${t('project.update.next')}**\n\n${input.next}`,
    input.helpNeeded && `**${t('project.update.help')}**\n\n${input.helpNeeded}`,
  ];
  return sections.filter(Boolean).join('\n\n');
}

/**
 * Tells the project's weather: a post in its feed and, in the same transaction, the structured
 * update (the weather timeline) and the project's current weather.
 */
export async function postStatusUpdate(ctx: SignedInContext, input: StatusUpdateInput): Promise<string> {
  const viewer = ctx.viewer;
  await loadProjectFor(ctx.db, viewer, input.projectId, 'project:report');
  if (!input.done && !input.next && !input.helpNeeded && !input.reason)
    throw ValidationError.field('done', 'project.statusUpdateEmpty');
  if ((input.weather === 'at_risk' || input.weather === 'late') && !input.reason)
    throw ValidationError.field('reason', 'project.weatherReason');
  const locale: Locale = viewer.locale === 'en' ? 'en' : 'fr';
  let updateId = '';
  await writePost(ctx, {
    communityId: input.projectId,
    body: postBody(locale, input),
    isAnnouncement: false,
    publishAt: null,
    attachmentIds: [],
    poll: null,
    language: locale,
    inTransaction: async (tx, postId) => {
      const [update] = await tx
        .insert(schema.statusUpdates)
        .values({ ...input, postId, authorId: viewer.id })
        .returning({ id: schema.statusUpdates.id });
      updateId = update!.id;
      await tx
        .update(schema.projects)
        .set({ weather: input.weather, weatherReason: input.reason, weatherChangedAt: new Date() })
        .where(eq(schema.projects.communityId, input.projectId));
    },
  });
  return updateId;
}
