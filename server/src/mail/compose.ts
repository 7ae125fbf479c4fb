import type { Locale } from '../i18n/messages';
import type { Recipient } from '../notifications/audience';
import {
  categoryOfKind,
  type NotificationCategory,
  type NotificationKind,
} from '../notifications/categories';
import { actorNamesFrom, actorNamesSql } from '../notifications/facts';
import { notificationLink, notificationMessage } from '../notifications/messages';
import { visibleNotificationsWhere } from '../notifications/visibility';
import type { Services } from '../services';
import type { OutgoingEmail } from './mailer';
import { type EmailItem, renderSingle, renderSummary, type SummaryKind } from './templates';
import { categoryName, mailText } from './texts';
import { unsubscribeUrl } from './unsubscribe';

export type DueNotification = {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  urgent: boolean;
  data: Record<string, unknown>;
};

type Item = EmailItem & { id: string; kind: NotificationKind };

/** The due notifications the recipient may still see, worded in their language, oldest first. */
async function itemsFor(
  services: Services,
  recipient: Recipient,
  locale: Locale,
  ids: string[],
): Promise<Item[]> {
  if (!ids.length) return [];
  const rows = await services.db.query.notifications.findMany({
    where: { id: { in: ids }, RAW: (n) => visibleNotificationsWhere(recipient.viewer, n) },
    columns: { id: true, kind: true, postId: true, commentId: true, actorCount: true, data: true },
    with: { community: { columns: { name: true, slug: true } } },
    extras: { actorNames: (n) => actorNamesSql(n) },
    orderBy: { createdAt: 'asc', id: 'asc' },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    communityName: row.community?.name ?? null,
    url: `${services.config.publicUrl}${notificationLink({ ...row, communitySlug: row.community?.slug ?? null })}`,
    message: notificationMessage(
      locale,
      {
        ...row,
        actorNames: actorNamesFrom(row.actorNames),
        communityName: row.community?.name ?? null,
      },
      recipient.viewer.timeZone,
    ),
  }));
}

/**
 * The emails to send now: each urgent notice alone, other immediate notifications alone or, when
 * several were held, together; digest items in one summary per frequency.
 */
export async function emailsFor(
  services: Services,
  recipient: Recipient,
  locale: Locale,
  rows: DueNotification[],
): Promise<{ ids: string[]; message: OutgoingEmail }[]> {
  const items = await itemsFor(
    services,
    recipient,
    locale,
    rows.map((r) => r.id),
  );
  const rowOf = new Map(rows.map((r) => [r.id, r]));
  const modeOf = (item: Item): 'urgent' | SummaryKind | 'immediate' => {
    const row = rowOf.get(item.id)!;
    if (row.urgent) return 'urgent';
    return row.data.email === 'daily' || row.data.email === 'weekly' ? row.data.email : 'immediate';
  };
  const batches: { kind: SummaryKind | null; items: Item[] }[] = [];
  for (const item of items.filter((i) => modeOf(i) === 'urgent')) batches.push({ kind: null, items: [item] });
  const immediate = items.filter((i) => modeOf(i) === 'immediate');
  if (immediate.length) batches.push({ kind: immediate.length > 1 ? 'bundle' : null, items: immediate });
  for (const kind of ['daily', 'weekly'] as const) {
    const digest = items.filter((i) => modeOf(i) === kind);
    if (digest.length) batches.push({ kind, items: digest });
  }
  const { viewer } = recipient;
  return Promise.all(
    batches.map(async (batch) => {
      const categories = [...new Set(batch.items.map((i) => categoryOfKind[i.kind]))];
      const unsubscribe = await Promise.all(
        categories.map(async (category) => ({
          label: categoryLabel(locale, category),
          url: await unsubscribeUrl(services, viewer.id, category),
        })),
      );
      const frame = {
        locale,
        name: viewer.name,
        unsubscribe,
        preferencesUrl: `${services.config.publicUrl}/settings/notifications`,
      };
      const rendered = batch.kind
        ? renderSummary(frame, batch.kind, batch.items)
        : renderSingle(frame, batch.items[0]!);
      return {
        ids: batch.items.map((i) => i.id),
        message: { to: viewer.email, ...rendered, unsubscribeUrl: unsubscribe[0]!.url },
      };
    }),
  );
}

const categoryLabel = (locale: Locale, category: NotificationCategory) =>
  mailText(locale, 'unsubscribe', { category: categoryName(locale, category) });
