import { pulseCampaigns, pulsePeriods } from '@levain/plugin-pulse/db/schema';
import { periodAt } from '@levain/plugin-pulse/server/campaigns/cadence';
import { rotate } from '@levain/plugin-pulse/server/campaigns/rotation';
import { type PulseQuestion, standardQuestions } from '@levain/plugin-pulse/server/library/questions';
import { closePeriod } from '@levain/plugin-pulse/server/schedule/close-period';
import { sql } from 'drizzle-orm';
import type { SeedContext } from './context';

const DAY_MS = 86_400_000;

/** Each question's answers drawn in SQL: 1–5, 0–10 or a choice, a little better or worse by unit. */
function valueSql(question: PulseQuestion): string {
  const mood = `((random() - 0.5) * 3 + (abs(hashtext(i.org_unit_id::text)) % 5 - 2) * 0.25)`;
  if (question.scale === 'nps') return `least(10, greatest(0, round(7.2 + 1.8 * ${mood})))`;
  if (question.scale === 'choice')
    return `case when ${mood} > -0.3 then (random() < 0.3)::int else 2 + (random() < 0.4)::int end`;
  const favourable = `least(5, greatest(1, round(3.4 + ${mood})))`;
  return question.reversed ? `6 - ${favourable}` : favourable;
}

/**
 * The HR climate barometer (pulse plugin): a campaign of bi-weekly pulses over the last year for
 * everyone, about 70 % answering each, every past pulse closed by the plugin's own results engine
 * (so pulse_group_results is what the app would have computed), and this fortnight's pulse open.
 */
export async function insertPulseYear(ctx: SeedContext): Promise<number> {
  const [hr] = await ctx.rows<{ id: string }>(
    sql`select user_id as id from user_roles where role = 'hr' order by user_id limit 1`,
  );
  const yearAgo = new Date(ctx.now.getTime() - 364 * DAY_MS);
  const opensAt = new Date(
    Date.UTC(
      yearAgo.getUTCFullYear(),
      yearAgo.getUTCMonth(),
      yearAgo.getUTCDate() - ((yearAgo.getUTCDay() + 6) % 7),
      7,
    ),
  );
  const [campaign] = await ctx.db
    .insert(pulseCampaigns)
    .values({
      title: 'Baromètre social',
      questions: standardQuestions,
      opensAt,
      closesAt: new Date(opensAt.getTime() + 546 * DAY_MS),
      cadence: 'biweekly',
      createdBy: hr?.id ?? null,
    })
    .returning();
  await ctx.exec(`create table bench_seed.pulse_paths as
    with recursive paths(id, path) as (
      select id, array[id] from org_units where parent_id is null
      union all select u.id, p.path || u.id from org_units u join paths p on u.parent_id = p.id
    ) select id, path from paths;
    create table bench_seed.pulse_managers as select distinct manager_id as id from users where manager_id is not null;`);
  const current = Math.floor((ctx.now.getTime() - opensAt.getTime()) / (14 * DAY_MS));
  let answers = 0;
  for (let index = 0; index <= current; index += 1) {
    const period = periodAt(campaign!, index)!;
    const questions = rotate(campaign!.questions, campaign!.pulseSize, index);
    const open = `'${period.opensAt.toISOString()}'::timestamptz`;
    await ctx.db.insert(pulsePeriods).values({
      campaignId: campaign!.id,
      index,
      opensAt: period.opensAt,
      closesAt: period.closesAt,
      questionIds: questions.map((q) => q.id),
    });
    await ctx.exec(`insert into pulse_invitations (campaign_id, period, user_id, org_unit_id, deliver_at, delivered_at, answered)
      select '${campaign!.id}', ${index}, id, org_unit_id, ${open}, ${open}, random() < ${index === current ? 0.3 : 0.7}
      from users where status = 'active'`);
    if (index === current) break;
    // One random submission id per answering person (a CTE evaluates it per row, not once).
    await ctx.exec(`with answered as (
        select i.campaign_id, i.period, i.user_id, i.org_unit_id, gen_random_uuid() as submission_id
        from pulse_invitations i where i.campaign_id = '${campaign!.id}' and i.period = ${index} and i.answered
      )
      insert into pulse_responses (campaign_id, period, submission_id, org_path, tenure, manager, question_id, value)
      select i.campaign_id, i.period, i.submission_id,
        coalesce(p.path, (select path from bench_seed.pulse_paths where cardinality(path) = 1 limit 1)),
        (array['lt1', '1to3', 'gt3'])[1 + floor(random() * 3)::int],
        i.user_id in (select id from bench_seed.pulse_managers), q.id, q.value
      from answered i
      left join bench_seed.pulse_paths p on p.id = i.org_unit_id
      cross join lateral (values ${questions.map((q) => `('${q.id}', ${valueSql(q)})`).join(', ')}) as q(id, value)
      order by random()`);
    await ctx.db.transaction((tx) => closePeriod(tx, campaign!, index, period.closesAt));
    answers += await ctx.count(`pulse_responses where period = ${index}`);
  }
  return answers;
}
