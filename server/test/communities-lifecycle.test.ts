import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import {
  ARCHIVE,
  COMMUNITIES,
  COMMUNITY,
  CREATE,
  communityGid,
  DELETE,
  DISCOVER,
  JOIN,
  MEMBERS,
  MY_COMMUNITIES,
  mutate,
  NODE,
  RESTORE,
  UNARCHIVE,
  UPDATE,
} from './support/fixtures/communities';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const DAY_MS = 86_400_000;
const SUB_COMMUNITIES = `query($slug: String!) { community(slug: $slug) { subCommunities { name parent { name } } } }`;

describe('creating and editing a community', () => {
  it('makes the creator its owner under a readable, unique, accent-free slug', async () => {
    const creator = await app.signedIn();
    const first = await mutate(creator, CREATE, {
      input: {
        name: 'Réseau des CM – Île-de-France',
        description: 'Les CM de la région.',
        visibility: 'private',
      },
    });
    expect(first.data).toMatchObject({
      slug: 'reseau-des-cm-ile-de-france',
      name: 'Réseau des CM – Île-de-France',
      kind: 'topic',
      visibility: 'private',
      joinPolicy: 'open',
      memberCount: 1,
      viewerMembership: { role: 'owner', status: 'active' },
      viewerCan: { update: true, delete: true, changeRoles: true, join: false },
    });
    const second = await mutate(creator, CREATE, { input: { name: 'Reseau des CM Ile de France' } });
    expect(second.data.slug).toBe('reseau-des-cm-ile-de-france-2');
    const audit = await app.services.db.query.auditLog.findFirst({
      where: { action: 'community.created', actorId: creator.user.id },
    });
    expect(audit?.details).toMatchObject({ name: 'Réseau des CM – Île-de-France' });
  });

  it('names the field a person got wrong', async () => {
    const creator = await app.signedIn();
    const unnamed = await mutate(creator, CREATE, { input: { name: '  ' } });
    expect(unnamed.__typename).toBe('ValidationError');
    expect(unnamed.issues).toEqual([{ field: 'input.name', message: 'This field is required.' }]);
    const badCharter = await mutate(creator, CREATE, { input: { name: 'Charte', charterUrl: 'charte.pdf' } });
    expect(badCharter.issues).toEqual([
      { field: 'input.charterUrl', message: 'Enter a full web address (https://…).' },
    ]);
    const official = await mutate(creator, CREATE, { input: { name: 'Annonces Groupe', kind: 'official' } });
    expect(official).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'Only administrators and the chief community manager can create an official channel.',
    });
    const chiefCm = await app.signedIn(['chief_cm']);
    expect(
      (await mutate(chiefCm, CREATE, { input: { name: 'Annonces Groupe', kind: 'official' } })).data.kind,
    ).toBe('official');
  });

  it('nests sub-communities under communities the person animates, never in a loop', async () => {
    const animator = await app.signedIn();
    const stranger = await app.signedIn();
    const parent = (await mutate(animator, CREATE, { input: { name: 'Marketing' } })).data;
    const child = (
      await mutate(animator, CREATE, { input: { name: 'Marketing digital', parentId: parent.id } })
    ).data;
    const tree = await animator.data(SUB_COMMUNITIES, { slug: parent.slug });
    expect(tree.community.subCommunities).toEqual([
      { name: 'Marketing digital', parent: { name: 'Marketing' } },
    ]);

    const loop = await mutate(animator, UPDATE, { id: parent.id, input: { parentId: child.id } });
    expect(loop.issues).toEqual([
      {
        field: 'parentId',
        message: 'A community cannot sit under itself or under one of its sub-communities.',
      },
    ]);
    const foreign = await mutate(stranger, CREATE, { input: { name: 'Side project', parentId: parent.id } });
    expect(foreign).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'Only the animators of the parent community can place a sub-community under it.',
    });
    const detached = await mutate(animator, UPDATE, {
      id: child.id,
      input: { parentId: null, name: 'Digital' },
    });
    expect(detached.data.name).toBe('Digital');
    expect((await animator.data(SUB_COMMUNITIES, { slug: parent.slug })).community.subCommunities).toEqual(
      [],
    );
  });

  it('stores a cover image as a banner and refuses files that are not images', async () => {
    const owner = await app.signedIn();
    const community = (await mutate(owner, CREATE, { input: { name: 'Photo club' } })).data;
    const png = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#c0ffee' } })
      .png()
      .toBuffer();
    const upload = async (bytes: Buffer, type: string) => {
      const form = new FormData();
      form.set(
        'operations',
        JSON.stringify({ query: UPDATE, variables: { id: community.id, input: { cover: null } } }),
      );
      form.set('map', JSON.stringify({ 0: ['variables.input.cover'] }));
      form.set('0', new File([new Uint8Array(bytes)], 'cover', { type }));
      const response = await owner.fetch('/graphql', {
        method: 'POST',
        headers: { 'x-graphql-yoga-csrf': '1' },
        body: form,
      });
      return ((await response.json()) as any).data.updateCommunity;
    };
    const updated = await upload(png, 'image/png');
    expect(updated.data.coverUrl).toMatch(/^\/uploads\/covers\/.+\.webp$/);
    const stored = await sharp(
      `${app.services.config.dataDir}/uploads/${updated.data.coverUrl.slice(9)}`,
    ).metadata();
    expect([stored.format, stored.width, stored.height]).toEqual(['webp', 1200, 400]);
    const refused = await upload(Buffer.from('not an image'), 'image/png');
    expect(refused.issues).toEqual([
      { field: 'cover', message: 'This file is not a PNG, JPEG or WebP image.' },
    ]);
  });
});

describe('archiving', () => {
  it('keeps an archived community readable but closed to posts and newcomers', async () => {
    const owner = await app.signedIn();
    const member = await app.signedIn();
    const newcomer = await app.signedIn();
    const community = await createCommunity(app, {
      name: 'Projet Intranet 2026',
      kind: 'project',
      members: [
        { userId: owner.user.id, role: 'owner' },
        { userId: member.user.id, role: 'member' },
      ],
    });
    const id = communityGid(community.id);
    const archived = await mutate(owner, ARCHIVE, { id });
    expect(archived.data.archivedAt).not.toBeNull();
    const seen = (await member.data(COMMUNITY, { slug: community.slug })).community;
    expect(seen.viewerCan).toMatchObject({ post: false, join: false });
    expect((await member.data(MEMBERS, { slug: community.slug })).community.members.edges).toHaveLength(2);
    expect(await mutate(newcomer, JOIN, { id })).toMatchObject({
      message: 'This community is archived: it is read-only.',
    });
    expect(await mutate(member, ARCHIVE, { id })).toMatchObject({ code: 'NOT_ALLOWED' });

    const reopened = await mutate(owner, UNARCHIVE, { id });
    expect(reopened.data).toMatchObject({ archivedAt: null, viewerCan: { post: true } });
    expect((await mutate(newcomer, JOIN, { id })).data.memberCount).toBe(3);
  });
});

describe('deleting and restoring', () => {
  it('hides a deleted community from every path until an admin restores it', async () => {
    const owner = await app.signedIn();
    const member = await app.signedIn();
    const admin = await app.signedIn(['admin']);
    const community = await createCommunity(app, {
      name: 'Apprentissage social : animer une communauté',
      kind: 'learning',
      members: [
        { userId: owner.user.id, role: 'owner' },
        { userId: member.user.id, role: 'member' },
      ],
    });
    const id = communityGid(community.id);
    const paths = async (client: typeof member) => ({
      slug: !!(await client.data(COMMUNITY, { slug: community.slug })).community,
      node: !!(await client.data(NODE, { id })).node,
      list: (await client.data(COMMUNITIES, { first: 50, filter: { search: 'animer une communauté' } }))
        .communities.edges.length,
      mine: (await client.data(MY_COMMUNITIES)).myCommunities.some((c: any) => c.slug === community.slug),
      discover: (await client.data(DISCOVER, { first: 50 })).discoverCommunities.some(
        (c: any) => c.slug === community.slug,
      ),
    });
    const outsider = await app.signedIn();
    expect(await paths(member)).toEqual({ slug: true, node: true, list: 1, mine: true, discover: false });
    expect((await paths(outsider)).discover).toBe(true);

    expect(await mutate(member, DELETE, { id })).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await mutate(owner, DELETE, { id })).toEqual({
      __typename: 'MutationDeleteCommunitySuccess',
      data: true,
    });
    const gone = { slug: false, node: false, list: 0, mine: false, discover: false };
    expect(await paths(member)).toEqual(gone);
    expect(await paths(outsider)).toEqual(gone);
    expect(await paths(owner)).toEqual(gone);
    expect(await mutate(member, JOIN, { id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await mutate(owner, RESTORE, { id })).toMatchObject({ code: 'NOT_ALLOWED' });

    // Admins find it among the deleted communities, with its deletion date, and bring it back.
    const deleted = await admin.data(COMMUNITIES, { first: 10, filter: { deleted: true } });
    expect(deleted.communities.edges.map((e: any) => e.node.slug)).toEqual([community.slug]);
    expect((await admin.data(COMMUNITY, { slug: community.slug })).community.deletedAt).not.toBeNull();
    expect(
      (await outsider.gql(COMMUNITIES, { first: 10, filter: { deleted: true } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_ALLOWED');
    const restored = await mutate(admin, RESTORE, { id });
    expect(restored.data).toMatchObject({ deletedAt: null, memberCount: 2 });
    expect(await paths(member)).toEqual({ slug: true, node: true, list: 1, mine: true, discover: false });
    const actions = await app.services.db.query.auditLog.findMany({
      where: { subjectId: community.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(actions.map((a) => [a.action, a.actorId])).toEqual([
      ['community.deleted', owner.user.id],
      ['community.restored', admin.user.id],
    ]);
  });

  it('can be restored for 30 days, then a job purges it', async () => {
    const admin = await app.signedIn(['admin']);
    const recent = await createCommunity(app, { name: 'Deleted 29 days ago' });
    const old = await createCommunity(app, { name: 'Deleted 31 days ago' });
    const deletedAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
    const { communities } = schema;
    await app.services.db
      .update(communities)
      .set({ deletedAt: deletedAgo(29) })
      .where(eq(communities.id, recent.id));
    await app.services.db
      .update(communities)
      .set({ deletedAt: deletedAgo(31) })
      .where(eq(communities.id, old.id));

    expect(await mutate(admin, RESTORE, { id: communityGid(old.id) })).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'This community was deleted more than 30 days ago: it can no longer be restored.',
    });
    await app.services.jobs.runDue();
    const left = await app.services.db.query.communities.findMany({
      where: { id: { in: [recent.id, old.id] } },
    });
    expect(left.map((c) => c.name)).toEqual(['Deleted 29 days ago']);
    const purge = await app.services.db.query.auditLog.findFirst({ where: { subjectId: old.id } });
    expect(purge).toMatchObject({ action: 'community.purged', actorId: null });
  });
});
