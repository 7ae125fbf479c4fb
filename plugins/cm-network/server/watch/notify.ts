import type { PluginServices } from '@levain/server/plugin';
import { raiseAlerts, watchedContent } from './alerts';

/** Matches new content and tells each recipient (already filtered by who may read it) their alert. */
export async function alertOn(services: PluginServices, ids: { postId: string; commentId?: string }) {
  const content = await watchedContent(services.db, ids);
  if (!content) return;
  const alerts = await raiseAlerts(services, content);
  for (const alert of alerts)
    await services.notifications.send({
      userIds: [alert.recipientId],
      message: 'notification.watchAlert',
      params: { term: alert.term },
      link: '/cm-network/alerts',
      groupKey: `cm-alert:${alert.postId}`,
    });
}
