import type { Db } from '@levain/db';
import { loadRecipients } from '../notifications/audience';
import { notify } from '../notifications/store';
import type { PubSub } from '../realtime/pubsub';

/** A notification a plugin sends: one of its own messages and a page of the web app. */
export type PluginNotification = {
  userIds: string[];
  /** Key of the plugin's `messages` ("notification.pulseOpen"), shown in each person's language. */
  message: string;
  params?: Record<string, string | number>;
  /** Path in the web app ("/pulse"). */
  link: string;
  /** Notifications sharing a key stay one unread row per person. */
  groupKey?: string;
};

export type PluginNotifier = {
  /**
   * Stores the notification for each active person (the bell, live), and emails it as their
   * preferences for add-ons say, held until their working hours like every email. Returns how
   * many people it reached. Send it when the person may be disturbed: the in-app notification
   * shows at once.
   */
  send(notification: PluginNotification, now?: Date): Promise<number>;
};

export function pluginNotifier(deps: { db: Db; pubsub: PubSub }, pluginId: string): PluginNotifier {
  return {
    send: async ({ userIds, message, params, link, groupKey }, now = new Date()) => {
      const recipients = await loadRecipients(deps.db, userIds, null);
      return notify(
        deps,
        {
          kind: 'plugin',
          actorId: null,
          recipients,
          groupKey: groupKey ? `${pluginId}:${groupKey}` : undefined,
          data: { plugin: pluginId, message: `${pluginId}:${message}`, params: params ?? {}, link },
        },
        now,
      );
    },
  };
}
