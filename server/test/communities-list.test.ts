import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { COMMUNITIES, createOrgUnit, deactivate, gid, userGid } from './support/fixtures/communities';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const attach = (communityId: string, orgUnitId: string) =>
  app.services.db.insert(schema.communityOrgUnits).values({ communityId, orgUnitId });

describe('the communities list', () => {
  it('pages by name and costs the same number of SQL statements for 10 or 50 communities', async () => {
    const viewer = await app.signedIn();
    const unit = await createOrgUnit(app, 'stat-unit', 'team');
    const parent = await createCommunity(app, { name: 'Parent group' });
    for (let i = 1; i <= 60; i++) {
      const other = await app.createUser();
      const community = await createCommunity(app, {
        name: `Stat ${String(i).padStart(2, '0')}`,
        // Private ones are among the viewer's: a members list is for readers only.
        visibility: i % 6 === 0 ? 'private' : 'public',
        members: [{ userId: other.id, role: 'owner' }, ...(i % 2 ? [] : [{ userId: viewer.user.id }])],
      });
      if (i % 4 === 0) await attach(community.id, unit.id);
      if (i % 5 === 0)
        await app.services.db
          .update(schema.communities)
          .set({ parentId: parent.id })
          .where(eq(schema.communities.id, community.id));
    }
    const page = `query($first: Int!) {
      communities(first: $first, filter: { search: "stat" }) {
        edges { node {
          slug name kind memberCount coverUrl
          viewerMembership { role status } viewerCan { post join requestMembership }
          parent { name } subCommunities { name } orgUnits { name }
          members(first: 3) { edges { node { role user { name followerCount } } } }
        } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    const statementsFor = async (first: number) => {
      app.queries.length = 0;
      const data = await viewer.data(page, { first });
      expect(data.communities.edges).toHaveLength(first);
      return app.queries.length;
    };
    const ten = await statementsFor(10);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(ten);
    expect(ten).toBeLessThanOrEqual(4);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { communities } = (await viewer.data(COMMUNITIES, {
        first: 7,
        after,
        filter: { search: 'Stat' },
      })) as any;
      seen.push(...communities.edges.map((e: any) => e.node.name));
      after = communities.pageInfo.hasNextPage ? communities.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(Array.from({ length: 60 }, (_, i) => `Stat ${String(i + 1).padStart(2, '0')}`));

    const mine = await viewer.data(COMMUNITIES, { first: 50, filter: { search: 'Stat', mine: true } });
    expect(mine.communities.edges).toHaveLength(30);
    const attached = await viewer.data(COMMUNITIES, {
      first: 50,
      filter: { orgUnit: gid('OrgUnit', unit.id), visibility: 'private' },
    });
    expect(attached.communities.edges.map((e: any) => e.node.name)).toEqual([
      'Stat 12',
      'Stat 24',
      'Stat 36',
      'Stat 48',
      'Stat 60',
    ]);
  });

  it('finds communities whatever the accents and case of the search', async () => {
    const viewer = await app.signedIn();
    await createCommunity(app, { name: 'Qualité de vie au travail' });
    const found = await viewer.data(COMMUNITIES, { first: 5, filter: { search: 'QUALITE DE VIE' } });
    expect(found.communities.edges.map((e: any) => e.node.name)).toEqual(['Qualité de vie au travail']);
  });
});

describe('following people', () => {
  it('follows and unfollows a colleague, counting active followers only', async () => {
    const follower = await app.signedIn();
    const other = await app.signedIn();
    const author = await app.createUser({ name: 'Julien Moreau' });
    const FOLLOW = (name: string) => `mutation($id: ID!) {
      ${name}(userId: $id) {
        __typename
        ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { name followedByViewer followerCount } }
        ... on ValidationError { issues { field message } }
        ... on Error { code message }
      }
    }`;
    const follow = async (client: typeof follower, id: string) =>
      (await client.data(FOLLOW('followUser'), { id: userGid(id) })).followUser;
    expect((await follow(follower, author.id)).data).toEqual({
      name: 'Julien Moreau',
      followedByViewer: true,
      followerCount: 1,
    });
    expect((await follow(follower, author.id)).data.followerCount).toBe(1);
    expect((await follow(other, author.id)).data.followerCount).toBe(2);
    const seenByThird = await (await app.signedIn()).data(
      `query($id: ID!) { user(id: $id) { followedByViewer followerCount } }`,
      {
        id: userGid(author.id),
      },
    );
    expect(seenByThird.user).toEqual({ followedByViewer: false, followerCount: 2 });

    await deactivate(app, other.user.id);
    const unfollowed = (await follower.data(FOLLOW('unfollowUser'), { id: userGid(author.id) })).unfollowUser;
    expect(unfollowed.data).toEqual({ name: 'Julien Moreau', followedByViewer: false, followerCount: 0 });

    expect((await follow(follower, follower.user.id)).issues).toEqual([
      { field: 'userId', message: 'You cannot follow yourself.' },
    ]);
    expect(await follow(follower, other.user.id)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
