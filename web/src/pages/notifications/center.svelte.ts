import { subscribe } from '../../lib/graphql/subscriptions';
import {
  markAllRead,
  markRead,
  NotificationAdded,
  type NotificationData,
  notificationsPage,
  unreadCount,
} from './notifications';

/** Newest first, one entry per notification (a grouped one moves up when someone else acts). */
function upsert(list: NotificationData[], item: NotificationData): NotificationData[] {
  return [item, ...list.filter((n) => n.id !== item.id)];
}

/**
 * The bell: how many notifications are unread and the latest ones, kept live over SSE while the
 * app is open.
 */
class NotificationCenter {
  unread = $state(0);
  latest = $state<NotificationData[]>([]);
  loaded = $state(false);
  /** The last notification that arrived live, for pages that list notifications. */
  arrived = $state<NotificationData | null>(null);
  private stop: (() => void) | null = null;

  start(): void {
    if (this.stop) return;
    void this.refresh();
    this.stop = subscribe(NotificationAdded, {}, ({ notificationAdded }) => {
      if (notificationAdded) {
        this.latest = upsert(this.latest, notificationAdded).slice(0, 10);
        this.arrived = notificationAdded;
      }
      // Grouping can update an unread notification instead of adding one: ask for the count.
      void unreadCount().then((count) => {
        this.unread = count;
      });
    });
  }

  stopListening(): void {
    this.stop?.();
    this.stop = null;
    this.loaded = false;
    this.latest = [];
    this.unread = 0;
  }

  async refresh(): Promise<void> {
    const [count, page] = await Promise.all([unreadCount(), notificationsPage(null, { first: 8 })]);
    this.unread = count;
    this.latest = page.items;
    this.loaded = true;
  }

  async read(id: string): Promise<void> {
    const item = this.latest.find((n) => n.id === id);
    if (item && !item.readAt) {
      this.latest = this.latest.map((n) => (n.id === id ? { ...n, readAt: new Date().toISOString() } : n));
      this.unread = Math.max(0, this.unread - 1);
    }
    await markRead(id);
    this.unread = await unreadCount();
  }

  async readAll(): Promise<void> {
    const now = new Date().toISOString();
    this.latest = this.latest.map((n) => ({ ...n, readAt: n.readAt ?? now }));
    this.unread = 0;
    await markAllRead();
  }
}

export const notificationCenter = new NotificationCenter();
