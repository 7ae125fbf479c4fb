import type { schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import type { Locale } from '../i18n/messages';
import { mentionsAsNamesSql } from '../markdown/mention-text';
import { contentLink } from '../moderation/targets';

/** The audit log's filters: who, which action, between which dates (from inclusive, to exclusive). */
export type AuditFilter = {
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
};

/** The same filters for the GraphQL list and the CSV export. */
export function auditWhere(filter: AuditFilter) {
  return {
    ...(filter.actorId && { actorId: filter.actorId }),
    ...(filter.action && { action: filter.action }),
    ...((filter.from || filter.to) && {
      createdAt: {
        ...(filter.from && { gte: filter.from }),
        ...(filter.to && { lt: filter.to }),
      },
    }),
  };
}

const excerpt = (body: SQL) => sql`left(${mentionsAsNamesSql(body)}, 80)`;

/**
 * What an entry acted on, as one SQL expression of the entry's row (no statement of its own): a
 * person, a community, a post or a comment (its beginning, mentions as names), a plugin, a
 * campaign. Null when it no longer exists.
 */
export function auditSubjectSql(a: typeof schema.auditLog): SQL {
  return sql`(case ${a.subjectType}
    when 'user' then (select json_build_object('label', u.name, 'userId', u.id)
      from users u where u.id = ${a.subjectId}::uuid)
    when 'community' then (select json_build_object('label', c.name, 'slug', c.slug)
      from communities c where c.id = ${a.subjectId}::uuid)
    when 'post' then (select json_build_object('label', ${excerpt(sql`p.body`)}, 'postId', p.id,
        'slug', c.slug, 'profileUserId', p.profile_user_id)
      from posts p left join communities c on c.id = p.community_id where p.id = ${a.subjectId}::uuid)
    when 'comment' then (select json_build_object('label', ${excerpt(sql`cm.body`)}, 'postId', p.id,
        'commentId', cm.id, 'slug', c.slug, 'profileUserId', p.profile_user_id)
      from comments cm join posts p on p.id = cm.post_id left join communities c on c.id = p.community_id
      where cm.id = ${a.subjectId}::uuid)
    when 'plugin' then json_build_object('label', ${a.subjectId})
    when 'pulse-campaign' then json_build_object('label', ${a.details}->>'title')
  end)`;
}

type SubjectJson = {
  label: string;
  userId?: string;
  slug?: string | null;
  postId?: string;
  commentId?: string;
  profileUserId?: string | null;
};

export type AuditSubject = { label: string; link: string | null };

/** The label and the web client's path of an entry's subject, from `auditSubjectSql`. */
export function auditSubject(locale: Locale, raw: unknown): AuditSubject | null {
  const json = (typeof raw === 'string' ? JSON.parse(raw) : raw) as SubjectJson | null;
  if (!json?.label) return null;
  if (json.userId) return { label: json.label, link: `/people/${json.userId}` };
  if (json.postId)
    return {
      label: locale === 'fr' ? `« ${json.label} »` : `“${json.label}”`,
      link: contentLink({
        postId: json.postId,
        commentId: json.commentId ?? null,
        communitySlug: json.slug ?? null,
        profileUserId: json.profileUserId ?? null,
      }),
    };
  if (json.slug) return { label: json.label, link: `/communities/${json.slug}` };
  return { label: json.label, link: null };
}
