import { standardQuestions } from '@levain/plugin-pulse/server/library/questions';
import { sql } from 'drizzle-orm';
import type { SeedContext } from './context';

const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The HR climate barometer (pulse plugin): one campaign a month over the last year, this month's
 * (two weeks long), next month's scheduled, each with the standard questions. There are no answers: the
 * plugin has no tables for them yet.
 */
export async function insertPulseCampaigns(ctx: SeedContext): Promise<number> {
  const [hr] = await ctx.rows<{ id: string }>(
    sql`select user_id as id from user_roles where role = 'hr' order by user_id limit 1`,
  );
  const campaigns = Array.from({ length: 14 }, (_, i) => {
    const opens = new Date(Date.UTC(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth() - 12 + i, 1, 8));
    const closes = new Date(opens.getTime() + 14 * 86_400_000);
    return {
      title: `Baromètre social – ${month.format(opens)}`,
      questions: standardQuestions,
      opens_at: opens.toISOString(),
      closes_at: closes.toISOString(),
      created_by: hr?.id ?? null,
      created_at: new Date(opens.getTime() - 7 * 86_400_000).toISOString(),
    };
  });
  return ctx.insertJson(
    'pulse_campaigns',
    {
      title: 'text',
      questions: 'jsonb',
      opens_at: 'timestamptz',
      closes_at: 'timestamptz',
      created_by: 'uuid',
      created_at: 'timestamptz',
    },
    campaigns,
  );
}
