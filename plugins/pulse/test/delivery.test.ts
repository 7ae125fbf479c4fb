import { schema } from '@levain/db';
import { deliveryTime } from '@levain/server/plugin';
import {
  type Inbox,
  isoWeekday,
  localParts,
  type SignedInClient,
  sendDueEmails,
  startInbox,
  type TestApp,
  zonedInstant,
} from '@levain/server/testing';
import { and, eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pulseInvitations } from '../db/schema';
import { ANSWER, CREATE, DAY, HOUR, MY_PULSE, orgUnits, pulseApp, scheduler } from './fixtures';

/**
 * Léa and Marc work in Paris, Monday to Friday, 9:00–18:00 (the default hours). The campaign opens
 * now; the plugin's clock is then moved to the next Saturday, the Monday after, and the reminder days.
 */
let app: TestApp;
let hr: SignedInClient;
let lea: SignedInClient;
let marc: SignedInClient;
let campaignId: string;
let smtp: Inbox;
let smtpUrl: string;
let inbox: ParsedMail[] = [];
const opensAt = new Date(Date.now() - HOUR);
const paris = { timeZone: 'Europe/Paris', hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' } };

/** The first `weekday` (ISO) at `minutes` past midnight in Paris, after `after`. */
function next(weekday: number, minutes: number, after: Date): Date {
  for (let offset = 0; ; offset += 1) {
    const date = localParts(new Date(after.getTime() + offset * DAY), paris.timeZone);
    const instant = zonedInstant(date, minutes, paris.timeZone);
    if (isoWeekday(date) === weekday && instant > after) return instant;
  }
}
const saturday = next(6, 10 * 60, opensAt);
const monday = next(1, 9 * 60 + 5, saturday);
/** Reminders are due 10 and 12 days after opening, and go out at the next working moment. */
const firstReminder = deliveryTime(
  new Date(opensAt.getTime() + 10 * DAY + 60_000),
  paris.timeZone,
  paris.hours,
);
const secondReminder = deliveryTime(
  new Date(opensAt.getTime() + 12 * DAY + 60_000),
  paris.timeZone,
  paris.hours,
);

const notificationsOf = async (client: SignedInClient) =>
  (
    await client.data('{ notifications(first: 10) { edges { node { message link } } } }')
  ).notifications.edges.map((e: { node: { message: string; link: string } }) => e.node);

beforeAll(async () => {
  smtp = await startInbox();
  smtpUrl = smtp.smtpUrl;
  inbox = smtp.mails;
  app = await pulseApp();
  const units = await orgUnits(app, [{ code: 'co', name: 'Atlas', kind: 'company' }]);
  hr = await app.signedIn(['hr'], { orgUnitId: units.co });
  lea = await app.signedIn([], { orgUnitId: units.co, locale: 'fr' });
  marc = await app.signedIn([], { orgUnitId: units.co });
  const created = await hr.data(CREATE, {
    title: 'Baromètre de décembre',
    opensAt: opensAt.toISOString(),
    closesAt: new Date(opensAt.getTime() + 20 * DAY).toISOString(),
    questionIds: ['enps'],
    audience: { everyone: false, orgUnitIds: [units.co] },
    reminderDays: [10, 12],
  });
  campaignId = created.createPulseCampaign.data.id;
});
afterAll(async () => {
  await app.close();
  await smtp.close();
});

describe('delivering a pulse', () => {
  it('waits for the person’s working hours, then notifies them in the app and by email', async () => {
    const schedule = scheduler(app);
    await schedule(saturday);
    expect(await notificationsOf(lea)).toEqual([]);
    const [invitation] = await app.services.db
      .select()
      .from(pulseInvitations)
      .where(and(eq(pulseInvitations.campaignId, campaignId), eq(pulseInvitations.userId, lea.user.id)));
    expect(invitation!.deliverAt).toEqual(next(1, 9 * 60, saturday));

    await schedule(monday);
    expect(await notificationsOf(lea)).toEqual([
      {
        message: 'Un baromètre vous attend : « Baromètre de décembre » (moins d’une minute)',
        link: '/pulse',
      },
    ]);
    const services = {
      ...app.services,
      config: { ...app.services.config, mail: { ...app.services.config.mail, smtpUrl } },
    };
    await sendDueEmails(services, monday);
    const mail = inbox.find((m) => m.to && JSON.stringify(m.to).includes(lea.user.email));
    expect(mail?.text).toContain('Un baromètre vous attend : « Baromètre de décembre » (moins d’une minute)');
  });

  it('reminds only those who have not answered, in their working hours', async () => {
    const schedule = scheduler(app);
    await schedule(firstReminder);
    expect((await notificationsOf(marc))[0].message).toBe(
      'Reminder: the pulse “Baromètre de décembre” is still waiting for your answer',
    );
    const answered = await lea.data(ANSWER, { campaignId, answers: [{ questionId: 'enps', value: 9 }] });
    expect(answered.answerPulse.__typename).toBe('MutationAnswerPulseSuccess');
    await lea.data('mutation { markAllNotificationsRead }');
    await marc.data('mutation { markAllNotificationsRead }');
    await schedule(secondReminder);
    expect(await notificationsOf(lea)).toHaveLength(1);
    expect(await notificationsOf(marc)).toHaveLength(2);
  });

  it('shows the card only once the pulse may reach the person', async () => {
    const [units] = await app.services.db.select({ id: schema.orgUnits.id }).from(schema.orgUnits);
    const off = await app.signedIn([], { orgUnitId: units!.id });
    // No working day today (in Paris): the pulse waits for another day.
    const today = isoWeekday(localParts(new Date(), paris.timeZone));
    await app.services.db
      .update(schema.users)
      .set({
        workingHours: {
          days: [1, 2, 3, 4, 5, 6, 7].filter((d) => d !== today),
          start: '00:00',
          end: '23:59',
        },
      })
      .where(eq(schema.users.id, off.user.id));
    const later = await hr.data(CREATE, {
      title: 'Pulse éclair',
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + 3 * DAY).toISOString(),
      questionIds: ['enps'],
    });
    expect(later.createPulseCampaign.__typename).toBe('MutationCreatePulseCampaignSuccess');
    await scheduler(app)(new Date());
    expect((await off.data(MY_PULSE)).myPulse).toBeNull();
  });
});
