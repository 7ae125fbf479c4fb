import { randomUUID } from 'node:crypto';
import { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { installedPlugins } from '../src/plugins';
import { gid } from './support/fixtures/posts';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

const ASSIGN = `mutation($userId: ID!, $orgUnitId: ID!) {
  assignCommunityManager(userId: $userId, orgUnitId: $orgUnitId, kind: country, shareOfTimePercent: 20) { __typename } }`;
const CREATE = `mutation($title: String!, $opensAt: DateTime!, $closesAt: DateTime!) {
  createPulseCampaign(title: $title, opensAt: $opensAt, closesAt: $closesAt) { __typename } }`;

const DAY = 86_400_000;
let app: TestApp;
let chief: SignedInClient;
let hr: SignedInClient;

beforeAll(async () => {
  app = await createTestApp({ plugins: installedPlugins() });
  chief = await app.signedIn(['chief_cm']);
  hr = await app.signedIn(['hr']);
});
afterAll(() => app.close());

let managers = 0;
/** The chief CM names community managers, each for their own country, until there are `size`. */
async function rosterOf(size: number) {
  for (; managers < size; managers += 1) {
    const person = await app.createUser({ name: `CM ${managers}` });
    const [unit] = await app.services.db
      .insert(schema.orgUnits)
      .values({ code: `country-${managers}`, name: `Country ${managers}`, kind: 'country' })
      .returning();
    await chief.data(ASSIGN, { userId: gid('User', person.id), orgUnitId: gid('OrgUnit', unit!.id) });
  }
}

const CREATE_POSITION = `mutation($orgUnitId: ID!) {
  createCmPosition(orgUnitId: $orgUnitId, kind: country, timeBasis: FULL_TIME) {
    ... on MutationCreateCmPositionSuccess { data { id } } } }`;
const ASSIGN_POSITION = `mutation($positionId: ID!, $userId: ID) {
  assignCmPosition(positionId: $positionId, userId: $userId) { __typename } }`;

/** A region with its own CM, under which positions and communities are added. */
const cmRegion = once(async () => {
  const [region] = await app.services.db
    .insert(schema.orgUnits)
    .values({ code: 'cm-region', name: 'CM region', kind: 'country' })
    .returning();
  const cm = await app.signedIn([], { name: 'Region CM' });
  await holdPosition(region!.id, cm.user.id);
  return { regionId: region!.id, cm };
});
async function holdPosition(orgUnitId: string, userId: string) {
  const created = await chief.data(CREATE_POSITION, { orgUnitId: gid('OrgUnit', orgUnitId) });
  await chief.data(ASSIGN_POSITION, {
    positionId: created.createCmPosition.data.id,
    userId: gid('User', userId),
  });
}
const region = { positions: 1, communities: 0 };
/** Positions in the region (its own included), each held, until there are `size`. */
async function regionPositionsOf(size: number) {
  const { regionId } = await cmRegion();
  for (; region.positions < size; region.positions += 1) {
    const [unit] = await app.services.db
      .insert(schema.orgUnits)
      .values({
        code: `cm-region-${region.positions}`,
        name: `Direction ${region.positions}`,
        kind: 'direction',
        parentId: regionId,
      })
      .returning();
    await holdPosition(unit!.id, (await app.createUser({ name: `Direction CM ${region.positions}` })).id);
  }
}
/** Communities of the region until there are `size`. */
async function regionCommunitiesOf(size: number) {
  const { regionId } = await cmRegion();
  for (; region.communities < size; region.communities += 1) {
    const [community] = await app.services.db
      .insert(schema.communities)
      .values({ slug: `region-${region.communities}`, name: `Region ${region.communities}` })
      .returning();
    await app.services.db
      .insert(schema.communityOrgUnits)
      .values({ communityId: community!.id, orgUnitId: regionId });
  }
}

let campaigns = 0;
/** HR schedules pulse campaigns until there are `size`. */
async function campaignsOf(size: number) {
  const day = 86_400_000;
  for (; campaigns < size; campaigns += 1)
    await hr.data(CREATE, {
      title: `Pulse ${campaigns}`,
      opensAt: new Date(Date.now() + day).toISOString(),
      closesAt: new Date(Date.now() + 2 * day).toISOString(),
    });
}

/** A pulse campaign with one closed pulse, and the unit its lists are about. */
const pulse = once(async () => {
  const created = await hr.data(
    `mutation($opensAt: DateTime!, $closesAt: DateTime!) {
      createPulseCampaign(title: "Baromètre", opensAt: $opensAt, closesAt: $closesAt) {
        ... on MutationCreatePulseCampaignSuccess { data { id } } } }`,
    {
      opensAt: new Date(Date.now() - 20 * DAY).toISOString(),
      closesAt: new Date(Date.now() + DAY).toISOString(),
    },
  );
  const campaignId: string = created.createPulseCampaign.data.id;
  await app.services.db.execute(sql`insert into pulse_periods (campaign_id, index, opens_at, closes_at, question_ids, closed_at)
    values (${campaignId}, 0, now() - interval '20 days', now() - interval '6 days', '{enps}', now() - interval '6 days')`);
  const [root] = await app.services.db
    .insert(schema.orgUnits)
    .values({ code: 'pulse-root', name: 'Pulse root', kind: 'company' })
    .returning();
  return { campaignId, rootId: root!.id };
});
const made = { teams: 0, alerts: 0, plans: 0 };
/** Teams under the pulse root until there are `size`. */
async function pulseTeamsOf(size: number) {
  const { rootId } = await pulse();
  for (; made.teams < size; made.teams += 1)
    await app.services.db
      .insert(schema.orgUnits)
      .values({ code: `pulse-${made.teams}`, name: `Team ${made.teams}`, kind: 'team', parentId: rootId });
}
/** Workload-risk alerts on the pulse root until there are `size`. */
async function pulseAlertsOf(size: number) {
  const { campaignId, rootId } = await pulse();
  for (; made.alerts < size; made.alerts += 1)
    await app.services.db.execute(sql`insert into pulse_alerts (campaign_id, period, org_unit_id, kind, risk_index, response_count)
      values (${campaignId}, 0, ${rootId}, 'threshold', 64, 12)`);
}
/** Action plans of the pulse root, each with its own owner, until there are `size`. */
async function pulsePlansOf(size: number) {
  const { campaignId, rootId } = await pulse();
  for (; made.plans < size; made.plans += 1) {
    const owner = await app.createUser({ name: `Owner ${made.plans}` });
    await app.services.db.execute(sql`insert into pulse_action_plans (campaign_id, org_unit_id, dimension, title, finding, owner_id, due_on)
      values (${campaignId}, ${rootId}, 'workIntensity', ${`Plan ${made.plans}`}, 'Trop de réunions', ${owner.id}, '2099-01-01')`);
  }
}

/** The chief CM's charter (kind editorial, so its audience is small), published `size` times. */
const charter = once(async () => {
  const id = randomUUID();
  await app.services.db.execute(
    sql`insert into charter_documents (id, kind, title) values (${id}, 'editorial', '{"fr":"Charte","en":"Charter"}')`,
  );
  return id;
});
let versions = 0;
async function charterVersionsOf(size: number) {
  const charterId = await charter();
  const article = (number: number) => ({
    number,
    titleFr: `Article ${number}`,
    titleEn: `Article ${number}`,
    bodyFr: 'Texte',
    bodyEn: 'Text',
    acceptableFr: '',
    acceptableEn: '',
    unacceptableFr: '',
    unacceptableEn: '',
  });
  for (; versions < size; versions += 1)
    await chief.data(
      `mutation($input: PublishCharterVersionInput!) { publishCharterVersion(input: $input) { __typename } }`,
      {
        input: {
          charterId,
          major: true,
          summaryFr: '',
          summaryEn: '',
          articles: [article(1), article(versions + 2)],
        },
      },
    );
  return charterId;
}
let charterUnits = 0;
/** Countries with one person each until there are `size`. */
async function charterUnitsOf(size: number) {
  for (; charterUnits < size; charterUnits += 1) {
    const [unit] = await app.services.db
      .insert(schema.orgUnits)
      .values({ code: `charter-${charterUnits}`, name: `Charter unit ${charterUnits}`, kind: 'country' })
      .returning();
    await app.signedIn(['admin'], { orgUnitId: unit!.id });
  }
}

/** A member of communities that each adopted a charter with one version, until there are `size`. */
const communityMember = once(() => app.signedIn());
let charteredCommunities = 0;
async function charteredCommunitiesOf(size: number) {
  const member = await communityMember();
  for (; charteredCommunities < size; charteredCommunities += 1) {
    const [community] = await app.services.db
      .insert(schema.communities)
      .values({ slug: `chartered-${charteredCommunities}`, name: `Chartered ${charteredCommunities}` })
      .returning();
    await app.services.db
      .insert(schema.communityMemberships)
      .values({ communityId: community!.id, userId: member.user.id, role: 'owner' });
    const charterId = randomUUID();
    await app.services.db.execute(
      sql`insert into charter_documents (id, kind, community_id, title)
        values (${charterId}, 'community', ${community!.id}, '{"fr":"Charte","en":"Charter"}')`,
    );
    await member.data(
      `mutation($input: PublishCharterVersionInput!) { publishCharterVersion(input: $input) { __typename } }`,
      {
        input: {
          charterId,
          major: true,
          summaryFr: '',
          summaryEn: '',
          articles: [
            {
              number: 1,
              titleFr: 'Règle',
              titleEn: 'Rule',
              bodyFr: 'Texte',
              bodyEn: 'Text',
              acceptableFr: '',
              acceptableEn: '',
              unacceptableFr: '',
              unacceptableEn: '',
            },
          ],
        },
      },
    );
  }
  return member;
}

const cases: ListCase[] = [
  {
    name: 'CM network roster',
    statements: 4,
    request: async (size) => {
      await rosterOf(size);
      return {
        client: await app.signedIn(),
        query: '{ cmNetwork { members { id user { name } orgUnit { name } kind shareOfTimePercent } } }',
      };
    },
    items: (data) => data.cmNetwork.members,
    complete: (role) => role.user.name.startsWith('CM') && role.orgUnit.name.startsWith('Country'),
  },
  {
    name: 'CM network positions',
    statements: 9,
    request: async (size) => {
      const { cm } = await cmRegion();
      await regionPositionsOf(size);
      return {
        client: cm,
        query:
          '{ cmNetwork { positions { id orgUnit { name } timeBasis holder { name } history { user { name } startedAt } } } }',
      };
    },
    items: (data) => data.cmNetwork.positions,
    complete: (position) => !!position.holder.name && position.history.length === 1,
  },
  {
    name: 'CM monthly board rows',
    // The rows' org units are the core's OrgUnit nodes: one batched statement for all of them.
    statements: 10,
    request: async (size) => {
      const { regionId } = await cmRegion();
      await regionCommunitiesOf(size);
      return {
        client: await app.signedIn(['chief_cm']),
        query: `{ cmBoard(month: "2025-03", scope: ORG_UNIT, scopeId: "${gid('OrgUnit', regionId)}") {
          rows { communityId label orgUnit { name } status metrics { key value previous status } } } }`,
      };
    },
    items: (data) => data.cmBoard.rows,
    complete: (row) => !!row.label && !!row.orgUnit.name && row.metrics.length === 10,
  },
  {
    name: 'pulse campaigns',
    statements: 3,
    request: async (size) => {
      await campaignsOf(size);
      return {
        client: hr,
        query:
          '{ pulseCampaigns { id title status opensAt closesAt questions { id text } createdBy { name } } }',
      };
    },
    items: (data) => data.pulseCampaigns,
    complete: (campaign) => campaign.questions.length > 0 && !!campaign.createdBy.name,
  },
  {
    name: 'pulse heatmap rows',
    statements: 6,
    request: async (size) => {
      await pulseTeamsOf(size);
      const { campaignId, rootId } = await pulse();
      return {
        client: hr,
        query: `query($c: ID!, $u: ID) { pulseHeatmap(campaignId: $c, orgUnitId: $u, depth: 1) {
          rows { orgUnit { name } responseCount hiddenReason riskIndex cells { dimension { key } score hiddenReason } } } }`,
        variables: { c: campaignId, u: gid('OrgUnit', rootId) },
      };
    },
    // The root's row, then one row per team.
    items: (data) => data.pulseHeatmap.rows.slice(1),
    complete: (row) => row.orgUnit.name.startsWith('Team') && row.cells.length > 0,
  },
  {
    name: 'pulse action plans',
    statements: 7,
    request: async (size) => {
      await pulsePlansOf(size);
      return {
        client: hr,
        query:
          '{ pulseActionPlans { title orgUnit { name } owner { name } campaign { title } steps { text } } }',
      };
    },
    items: (data) => data.pulseActionPlans,
    complete: (plan) => plan.owner.name.startsWith('Owner') && plan.campaign.title === 'Baromètre',
  },
  {
    name: 'pulse alerts',
    statements: 5,
    request: async (first) => {
      await pulseAlertsOf(LARGE);
      return {
        client: hr,
        query: `query($first: Int) { pulseAlerts(first: $first) { kind riskIndex orgUnit { name } campaign { title } } }`,
        variables: { first },
      };
    },
    items: (data) => data.pulseAlerts,
    complete: (alert) => alert.orgUnit.name === 'Pulse root' && alert.campaign.title === 'Baromètre',
  },
  {
    name: 'CM roles in the people directory',
    statements: 4,
    request: async (first) => {
      await rosterOf(LARGE + 1);
      return {
        client: await app.signedIn(),
        query: `query($first: Int) { users(search: "CM", first: $first) {
          edges { node { name communityManagerRoles { kind orgUnit { name } } } } } }`,
        variables: { first },
      };
    },
    items: (data) => data.users.edges,
    complete: (edge) => edge.node.communityManagerRoles.length === 1,
  },
];

cases.push(
  {
    name: 'charter versions with their articles and changes',
    statements: 4,
    request: async (size) => ({
      client: await app.signedIn(),
      query: `query($id: ID!) { charter(id: $id) { ... on QueryCharterSuccess { data {
        versions { number articles { number title } changes { number change } } } } } }`,
      variables: { id: await charterVersionsOf(size) },
    }),
    items: (data) => data.charter.data.versions,
    complete: (version) => version.articles.length === 2 && version.changes.length > 0,
  },
  {
    name: 'community charters of the viewer’s communities',
    statements: 6,
    request: async (size) => ({
      client: await charteredCommunitiesOf(size),
      query: `{ communityCharters { communityName canEdit charter { title acknowledgedByMe
        currentVersion { number articles { number title } } } } }`,
    }),
    items: (data) => data.communityCharters,
    complete: (entry) => entry.canEdit && entry.charter.currentVersion.articles[0].title === 'Rule',
  },
  {
    name: 'charter acknowledgement rates by org unit',
    statements: 7,
    request: async (size) => {
      await charterUnitsOf(size);
      return {
        client: hr,
        query: `query($id: ID!) { charterAcknowledgementRates(charterId: $id) {
          ... on QueryCharterAcknowledgementRatesSuccess { data { units { orgUnit { name code } audience rate } } } } }`,
        variables: { id: await charterVersionsOf(1) },
      };
    },
    items: (data) =>
      data.charterAcknowledgementRates.data.units.filter((u: any) =>
        u.orgUnit.name.startsWith('Charter unit'),
      ),
    complete: (row) => row.audience === 1 && !!row.orgUnit.code,
  },
);

const appellant = once(() => app.signedIn());
let appeals = 0;
/** Removals of the appellant's content (on a profile: admins decide), each appealed, until there are `size`. */
async function appealsOf(size: number) {
  const { user } = await appellant();
  for (; appeals < size; appeals += 1) {
    const [decision] = await app.services.db
      .insert(schema.moderationActions)
      .values({
        action: 'remove',
        subjectUserId: user.id,
        reason: `Removal ${appeals}`,
        citations: [{ id: 'charter:x', label: { fr: 'Article 3', en: 'Article 3' } }],
      })
      .returning();
    await app.services.db.execute(sql`insert into charter_appeals (moderation_action_id, appellant_id, statement)
      values (${decision!.id}, ${user.id}, ${`Appeal ${appeals}`})`);
  }
}
const APPEAL_NODE = 'id statement action reason excerpt mayDecide citations { label text }';

cases.push(
  {
    name: 'charter appeals queue',
    statements: 2,
    request: async (size) => {
      await appealsOf(size + 1);
      return {
        client: await app.signedIn(['admin']),
        query: `query($n: Int) { charterAppeals(first: $n) { edges { node { ${APPEAL_NODE} } } } }`,
        variables: { n: size },
      };
    },
    items: (data) => data.charterAppeals.edges,
    complete: (edge) => edge.node.mayDecide && edge.node.citations[0].label === 'Article 3',
  },
  {
    name: 'my appeals',
    statements: 2,
    request: async (size) => {
      await appealsOf(size + 1);
      return {
        client: await appellant(),
        query: `query($n: Int) { myAppeals(first: $n) { edges { node { ${APPEAL_NODE} } } } }`,
        variables: { n: size },
      };
    },
    items: (data) => data.myAppeals.edges,
    complete: (edge) => !edge.node.mayDecide && edge.node.statement.startsWith('Appeal'),
  },
);

describe('SQL statements per request, whatever the page size', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
