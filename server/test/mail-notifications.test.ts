import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendDueEmails } from '../src/mail/delivery';
import { localParts, zonedInstant } from '../src/notifications/working-hours';
import { createCommunity } from './support/documents/communities';
import { emit, insertPost } from './support/fixtures/notifications';
import { type HttpApp, startHttpApp } from './support/real-http';
import { type Inbox, startInbox } from './support/smtp-inbox';

/** A real SMTP server, in this process, keeping every message it receives. */
let smtp: Inbox;
let inbox: ParsedMail[];
let app: HttpApp;

beforeAll(async () => {
  smtp = await startInbox();
  inbox = smtp.mails;
  app = await startHttpApp({
    env: () => ({ SMTP_URL: smtp.smtpUrl, MAIL_FROM: 'Levain <levain@atlas.example>' }),
  });
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});
beforeEach(() => {
  inbox.length = 0;
});

const DAY = 86_400_000;

/** The first `weekday` (ISO) at `time` in `zone`, at least `minDays` days from now. */
function upcoming(weekday: number, time: string, zone: string, minDays = 4): Date {
  for (let offset = minDays; ; offset += 1) {
    const date = localParts(new Date(Date.now() + offset * DAY), zone);
    const instant = zonedInstant(date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3)), zone);
    if (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() === weekday % 7) return instant;
  }
}

async function gql(cookie: string, query: string, variables = {}) {
  const response = await fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.origin, cookie },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: any }).data;
}

async function mention(authorId: string, mentionedUserIds: string[], communityId: string | null = null) {
  const post = await insertPost(app, { authorId, communityId });
  await emit(app, 'post.published', {
    postId: post.id,
    communityId,
    authorId,
    mentionedUserIds,
    isAnnouncement: false,
  });
  return post;
}

async function emailOf(userId: string) {
  return (await app.services.db.query.users.findFirst({ where: { id: userId } }))!.email;
}

/** The List-Unsubscribe header, which mail clients turn into an unsubscribe button. */
const listUnsubscribe = (mail: ParsedMail) =>
  (mail.headers.get('list') as unknown as { unsubscribe: { url: string } }).unsubscribe.url;

const unsubscribeLink = (mail: ParsedMail, label: RegExp) => {
  const lines = mail.text!.split('\n');
  return lines[lines.findIndex((line) => label.test(line)) + 1]!;
};

describe('email notifications', () => {
  it('sends an immediate email in the recipient’s language, whose unsubscribe link works without signing in', async () => {
    const author = await app.sessionFor({ name: 'Ana Lopes' });
    const reader = await app.sessionFor({ name: 'Léa Dubois', locale: 'fr' });
    const post = await mention(author.userId, [reader.userId]);
    const tuesdayMorning = upcoming(2, '10:00', 'Europe/Paris');
    expect(await sendDueEmails(app.services, tuesdayMorning)).toEqual({ sent: 1, held: 0 });

    expect(inbox).toHaveLength(1);
    const mail = inbox[0]!;
    expect(mail.to).toMatchObject({ text: await emailOf(reader.userId) });
    expect(mail.from?.text).toContain('levain@atlas.example');
    expect(mail.subject).toBe('Ana Lopes vous a mentionné·e dans une publication');
    expect(mail.text).toContain('Bonjour Léa Dubois,');
    expect(mail.text).toContain(`${app.origin}/posts/${post.id}`);
    expect(mail.html).toContain(`href="${app.origin}/posts/${post.id}"`);
    const link = unsubscribeLink(mail, /Ne plus recevoir d’e-mails pour : mentions/);
    expect(listUnsubscribe(mail)).toBe(link);
    expect(mail.headerLines).toContainEqual({
      key: 'list-unsubscribe-post',
      line: 'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    });

    const tampered = await fetch(link.replace(/.{4}$/, 'AAAA'));
    expect(tampered.status).toBe(400);
    // Opening the link (as a mail scanner would) only asks for confirmation.
    const confirmation = await fetch(link);
    expect(confirmation.status).toBe(200);
    expect(await confirmation.text()).toContain('Confirmer la désinscription');
    expect(
      (await gql(reader.cookie, '{ notificationPreferences { category email } }')).notificationPreferences,
    ).toContainEqual({
      category: 'mentions',
      email: 'immediate',
    });
    const page = await fetch(link, { method: 'POST' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Vous ne recevrez plus d’e-mails pour : mentions.');
    const { notificationPreferences } = await gql(
      reader.cookie,
      '{ notificationPreferences { category email } }',
    );
    expect(notificationPreferences).toContainEqual({ category: 'mentions', email: 'off' });
    expect(notificationPreferences).toContainEqual({ category: 'reactions', email: 'daily' });

    // The in-app notification still comes; the email no longer does.
    await mention(author.userId, [reader.userId]);
    expect(await sendDueEmails(app.services, new Date(tuesdayMorning.getTime() + 60_000))).toEqual({
      sent: 0,
      held: 0,
    });
    expect(inbox).toHaveLength(1);
  });

  it('accepts the one-click unsubscribe a mail client posts, without an Origin header', async () => {
    const author = await app.sessionFor();
    const reader = await app.sessionFor({ name: 'Olivia Smith' });
    await mention(author.userId, [reader.userId]);
    await sendDueEmails(app.services, upcoming(3, '11:00', 'Europe/Paris'));
    const response = await fetch(listUnsubscribe(inbox[0]!), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    const { notificationPreferences } = await gql(
      reader.cookie,
      '{ notificationPreferences { category email } }',
    );
    expect(notificationPreferences).toContainEqual({ category: 'mentions', email: 'off' });
  });

  it('puts every item since the last digest in it, grouped by community — not only 20', async () => {
    const author = await app.sessionFor({ name: 'Thomas Petit' });
    const reader = await app.sessionFor({ name: 'Olivia Smith' });
    await gql(
      reader.cookie,
      `mutation { updateNotificationPreferences(preferences: [{ category: mentions, email: daily }]) { __typename } }`,
    );
    const marketing = await createCommunity(app, { name: 'Marketing France' });
    const sales = await createCommunity(app, { name: 'UK Sales' });
    for (let i = 0; i < 25; i += 1)
      await mention(author.userId, [reader.userId], [marketing.id, sales.id, null][i % 3]!);

    expect(await sendDueEmails(app.services, new Date())).toEqual({ sent: 0, held: 0 });
    const nextWeek = upcoming(3, '10:00', 'Europe/Paris', 8);
    const [first, second] = await Promise.all([
      sendDueEmails(app.services, nextWeek),
      sendDueEmails(app.services, nextWeek),
    ]);
    expect(first.sent + second.sent).toBe(1);
    expect(inbox).toHaveLength(1);
    const digest = inbox[0]!;
    expect(digest.subject).toBe('Your daily summary: 25 notification(s)');
    expect(digest.text!.match(/Thomas Petit mentioned you in a post/g)).toHaveLength(25);
    const text = digest.text!;
    expect(text.indexOf('Marketing France\n')).toBeGreaterThan(-1);
    expect(text.indexOf('UK Sales\n')).toBeGreaterThan(-1);
    // Items outside communities come last, under their own heading.
    expect(text.indexOf('Elsewhere in Levain\n')).toBeGreaterThan(text.indexOf('UK Sales\n'));
    expect(String(digest.html).match(/<li/g)).toHaveLength(25);
    expect(unsubscribeLink(digest, /Stop emails about mentions/)).toMatch(/\/api\/unsubscribe\?token=/);

    expect(await sendDueEmails(app.services, new Date(nextWeek.getTime() + DAY))).toEqual({
      sent: 0,
      held: 0,
    });
  });
});

describe('the right to disconnect', () => {
  it('holds an email generated at 22:00 local time until the start of the next working day', async () => {
    const author = await app.sessionFor();
    const reader = await app.sessionFor({ name: 'Chloé Tremblay' });
    await app.services.db
      .update(schema.users)
      .set({ timeZone: 'America/Toronto' })
      .where(eq(schema.users.id, reader.userId));
    await mention(author.userId, [reader.userId]);

    const fridayNight = upcoming(5, '22:00', 'America/Toronto');
    expect(await sendDueEmails(app.services, fridayNight)).toEqual({ sent: 0, held: 1 });
    const monday = zonedInstant(
      localParts(new Date(fridayNight.getTime() + 3 * DAY), 'America/Toronto'),
      9 * 60,
      'America/Toronto',
    );
    const [row] = await app.services.db
      .select()
      .from(schema.notifications)
      .where(eq(schema.notifications.recipientId, reader.userId));
    expect(row!.emailDueAt).toEqual(monday);

    expect(await sendDueEmails(app.services, new Date(monday.getTime() - 60_000))).toEqual({
      sent: 0,
      held: 0,
    });
    expect(inbox).toHaveLength(0);
    expect(await sendDueEmails(app.services, monday)).toEqual({ sent: 1, held: 0 });
    expect(inbox[0]!.to).toMatchObject({ text: await emailOf(reader.userId) });
  });

  it('lets an urgent notice from an admin through at once', async () => {
    const admin = await app.sessionFor({ name: 'Camille Martin' });
    await app.services.db.insert(schema.userRoles).values({ userId: admin.userId, role: 'admin' });
    const animator = await app.sessionFor({ name: 'Sophie Bernard' });
    const member = await app.sessionFor({ name: 'Julien Moreau' });
    const community = await createCommunity(app, {
      name: 'Site de Lyon',
      members: [{ userId: animator.userId, role: 'animator' }, { userId: member.userId }],
    });
    const post = await insertPost(app, {
      authorId: animator.userId,
      communityId: community.id,
      isAnnouncement: true,
    });
    await emit(app, 'post.published', {
      postId: post.id,
      communityId: community.id,
      authorId: animator.userId,
      mentionedUserIds: [],
      isAnnouncement: true,
    });
    const sundayNight = upcoming(7, '23:30', 'Europe/Paris');
    expect(await sendDueEmails(app.services, sundayNight)).toEqual({ sent: 0, held: 1 });

    const result = await gql(
      admin.cookie,
      `mutation($id: ID!) { sendUrgentAnnouncementNotice(postId: $id) {
        ... on MutationSendUrgentAnnouncementNoticeSuccess { data } } }`,
      { id: Buffer.from(`Post:${post.id}`).toString('base64') },
    );
    expect(result.sendUrgentAnnouncementNotice.data).toBe(1);
    expect(await sendDueEmails(app.services, new Date(sundayNight.getTime() + 60_000))).toEqual({
      sent: 1,
      held: 0,
    });
    expect(inbox.map((m) => m.subject)).toEqual([
      'Urgent: Sophie Bernard published an announcement in Site de Lyon',
    ]);
  });

  it('runs as a persisted job', async () => {
    await app.services.jobs.runDue();
    const runs = await app.services.db.query.jobs.findMany({ where: { name: 'notifications.send-emails' } });
    expect(runs.map((r) => r.status)).toContain('done');
  });
});
