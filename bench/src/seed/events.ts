import type { SeedContext } from './context';

/**
 * The agenda: three events per community and forty company events, spread over two months either
 * side of the seed's clock; a fifth of each community's members answered its events, and one
 * person in fifty the company's.
 */
export async function insertEvents(ctx: SeedContext): Promise<number> {
  const start = `date_trunc('hour', ${ctx.at}) + make_interval(days => (floor(random() * 120) - 60)::int)`;
  await ctx.exec(`
    insert into events (community_id, title, starts_at, ends_at, time_zone, last_ends_at, location, check_in_code)
    select id, 'Rencontre ' || name, s, s + interval '2 hours', 'Europe/Paris', s + interval '2 hours', 'Paris, siège',
      'BENCH' || g
    from (select c.id, c.name, g, ${start} as s from communities c cross join generate_series(1, 3) g) t;

    insert into events (community_id, title, starts_at, ends_at, time_zone, last_ends_at, location, check_in_code)
    select null, 'Événement de l’entreprise ' || g, s, s + interval '3 hours', 'Europe/Paris', s + interval '3 hours',
      'Lyon, amphithéâtre', 'COMP' || g
    from (select g, ${start} as s from generate_series(1, 40) g) t;

    insert into event_answers (event_id, user_id, answer, answered_at)
    select e.id, m.user_id, (array['going', 'maybe', 'declined']::event_answer[])[1 + floor(random() * 3)::int],
      e.starts_at - interval '5 days'
    from events e join community_memberships m on m.community_id = e.community_id and m.status = 'active'
    where random() < 0.2;

    insert into event_answers (event_id, user_id, answer, answered_at)
    select e.id, u.id, 'going', e.starts_at - interval '5 days'
    from events e cross join users u where e.community_id is null and random() < 0.02;`);
  return ctx.count('event_answers');
}
