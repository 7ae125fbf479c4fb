import type { Company } from './company';
import type { SeedContext } from './context';

const DAY_MS = 86_400_000;

/**
 * The organisation chart, its people (all with the same password, person<N>@bench.example) and
 * their roles, plus bench_seed.people: each person by number with the units they sit in and how
 * active they are on the network (a log-normal draw: a few people write a lot, most a little).
 */
export async function insertPeople(
  ctx: SeedContext,
  company: Company,
  passwordHash: string,
): Promise<number> {
  const unitIds = new Map(company.units.map((u) => [u.code, u.id]));
  const idOf = new Map(company.people.map((p) => [p.n, p.id]));
  await ctx.insertJson(
    'org_units',
    { id: 'uuid', code: 'text', name: 'text', kind: 'org_unit_kind', parent_id: 'uuid' },
    company.units.map((u) => ({ ...u, parent_id: u.parentCode ? unitIds.get(u.parentCode) : null })),
  );
  await ctx.insertJson(
    'users',
    {
      id: 'uuid',
      email: 'text',
      name: 'text',
      title: 'text',
      locale: 'text',
      time_zone: 'text',
      working_hours: 'jsonb',
      manager_id: 'uuid',
      org_unit_id: 'uuid',
      password_hash: 'text',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    company.people.map((p) => {
      const createdAt = new Date(ctx.now.getTime() - (60 + ((p.n * 7919) % 1400)) * DAY_MS).toISOString();
      return {
        id: p.id,
        email: p.email,
        name: p.name,
        title: p.title,
        locale: p.locale,
        time_zone: p.timeZone,
        working_hours: p.workingHours,
        manager_id: p.managerN ? idOf.get(p.managerN) : null,
        org_unit_id: unitIds.get(p.teamCode ?? p.directionCode ?? p.countryCode ?? 'atlas'),
        password_hash: passwordHash,
        created_at: createdAt,
        updated_at: createdAt,
      };
    }),
  );
  await ctx.insertJson(
    'user_roles',
    { user_id: 'uuid', role: 'role_name', granted_at: 'timestamptz' },
    company.people.flatMap((p) =>
      p.roles.map((role) => ({ user_id: p.id, role, granted_at: ctx.now.toISOString() })),
    ),
  );
  await ctx.exec(`
    create unlogged table bench_seed.people (n int primary key, id uuid not null, locale text not null,
      first_name text not null, rank int not null, manager_n int, team_unit uuid, direction_unit uuid,
      country_unit uuid, activity float8 not null default exp(0.8 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())));`);
  await ctx.insertJson(
    'bench_seed.people',
    {
      n: 'int',
      id: 'uuid',
      locale: 'text',
      first_name: 'text',
      rank: 'int',
      manager_n: 'int',
      team_unit: 'uuid',
      direction_unit: 'uuid',
      country_unit: 'uuid',
    },
    company.people.map((p) => ({
      n: p.n,
      id: p.id,
      locale: p.locale,
      first_name: p.firstName,
      rank: p.rank,
      manager_n: p.managerN,
      team_unit: p.teamCode && unitIds.get(p.teamCode),
      direction_unit: p.directionCode && unitIds.get(p.directionCode),
      country_unit: p.countryCode && unitIds.get(p.countryCode),
    })),
  );
  await ctx.exec(`
    insert into organisation_settings (name, default_locale, allowed_email_domains)
      values ('Groupe Atlas', 'fr', '{bench.example}');
    create unlogged table bench_seed.team_members as
      select team_unit, (row_number() over (partition by team_unit order by n) - 1)::int as k, n
      from bench_seed.people where team_unit is not null;
    create index on bench_seed.team_members (team_unit, k);
    create unlogged table bench_seed.team_sizes as
      select team_unit, count(*)::int as size from bench_seed.team_members group by team_unit;
    alter table bench_seed.team_sizes add primary key (team_unit);
    analyze bench_seed.people, bench_seed.team_members, bench_seed.team_sizes;`);
  return company.units.length + company.people.length;
}
