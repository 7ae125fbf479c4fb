/**
 * SQL giving each row of `parents` (columns key, weight, cap) a count proportional to its weight,
 * never above its cap, the counts adding up to `total` exactly as long as the caps leave room:
 * floors first, then one more for as many rows as needed, drawn by their fractional parts.
 */
export const apportion = (parents: string, total: number): string => `
  select key, f + (f < cap and rank <= deficit)::int as count from (
    select key, cap, f, ${total} - sum(f) over () as deficit,
      row_number() over (order by f >= cap, -ln(1 - random()) / (frac + 1e-9)) as rank
    from (
      select key, cap, least(cap, floor(x))::int as f, x - floor(x) as frac
      from (select key, cap, weight * ${total}::float8 / sum(weight) over () as x from (${parents}) p) s
    ) f
  ) r`;

/** A log-normal draw around 1 (from two uniform draws): most things average, a few far above. */
export const lognormal = (sigma: number, u1: string, u2: string) =>
  `exp(${sigma} * sqrt(-2 * ln(1 - ${u1})) * cos(2 * pi() * ${u2}))`;

/** Primes above any community's size: stepping through 0…m-2 by one of them visits each index once. */
const STEPS = [20011, 20021, 20023, 20029, 20047, 20051, 20063, 20071];

/**
 * Distinct members of each target's community, never its author: `targets` has n, cn, m (members),
 * author_k (the author's index in bench_seed.members) and whatever `select` needs; `counts` has key
 * (= n) and count. Members are read off the list from a random start by a prime step. `select` sees
 * p (the target, its draws r1 and r2) and mb (the member: id, n).
 */
export const distinctMembers = (targets: string, counts: string, select: string): string => `
  with per_target as materialized (
    select t.*, c.count as picks, floor(random() * (t.m - 1))::bigint as start,
      (array[${STEPS.join(', ')}])[1 + t.n % ${STEPS.length}] as step
    from ${counts} c join (${targets}) t on t.n = c.key where c.count > 0 and t.m > 1
  ),
  picks as materialized (
    select pt.*, (pt.start + j * pt.step) % (pt.m - 1) as draw, random() as r1, random() as r2
    from per_target pt cross join lateral generate_series(0, pt.picks - 1) j
  )
  select ${select} from picks p join bench_seed.members mb on mb.cn = p.cn
    and mb.k = (case when p.draw >= p.author_k then p.draw + 1 else p.draw end)`;

/** Some time after `from` (minutes, sometimes days), never after `now`. */
export const later = (from: string, now: string, typicalMinutes = 2880) =>
  `${from} + least(interval '1 minute' * (1 + ${typicalMinutes} * power(random(), 3)), (${now} - ${from}) * random())`;
