import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import {
  CHANGE_ROLE,
  COMMUNITY,
  communityGid,
  createOrgUnit,
  DECIDE,
  deactivate,
  INVITE,
  JOIN,
  LEAVE,
  MEMBERS,
  MY_COMMUNITIES,
  memberCountOf,
  mutate,
  REMOVE,
  REQUEST,
  userGid,
} from './support/fixtures/communities';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
const events: Array<{ name: string; payload: any }> = [];

beforeAll(async () => {
  app = await createTestApp();
  for (const name of [
    'membership.requested',
    'membership.decided',
    'membership.invited',
    'membership.joined',
    'membership.left',
  ] as const)
    app.services.events.on(name, (payload) => {
      events.push({ name, payload });
    });
});
afterAll(() => app.close());

const memberNames = async (client: any, slug: string, status = 'active') =>
  (await client.data(MEMBERS, { slug, status })).community.members.edges.map(
    (e: any) => `${e.node.user.name} (${e.node.role})`,
  );

describe('join policies', () => {
  it('lets anyone join an open community and keeps the member count right', async () => {
    const owner = await app.signedIn();
    const community = await createCommunity(app, { members: [{ userId: owner.user.id, role: 'owner' }] });
    const newcomer = await app.signedIn();
    const joined = await mutate(newcomer, JOIN, { id: communityGid(community.id) });
    expect(joined.data).toMatchObject({
      memberCount: 2,
      viewerMembership: { role: 'member', status: 'active' },
    });
    expect(events.at(-1)).toEqual({
      name: 'membership.joined',
      payload: { communityId: community.id, userId: newcomer.user.id },
    });
    expect((await newcomer.data(MY_COMMUNITIES)).myCommunities.map((c: any) => c.slug)).toEqual([
      community.slug,
    ]);

    const again = await mutate(newcomer, JOIN, { id: communityGid(community.id) });
    expect(again).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'You are already a member of this community.',
    });
    const left = await mutate(newcomer, LEAVE, { id: communityGid(community.id) });
    expect(left.data.community).toMatchObject({ memberCount: 1, viewerMembership: null });
    expect(await memberCountOf(app, community.id)).toBe(1);
  });

  it('sends people to the request or the invitation a community asks for', async () => {
    const onRequest = await createCommunity(app, { joinPolicy: 'request' });
    const byInvitation = await createCommunity(app, { joinPolicy: 'invitation' });
    const open = await createCommunity(app, { joinPolicy: 'open' });
    const person = await app.signedIn();
    expect(await mutate(person, JOIN, { id: communityGid(onRequest.id) })).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'This community admits members on request: ask to join and an animator will answer.',
    });
    expect(await mutate(person, JOIN, { id: communityGid(byInvitation.id) })).toMatchObject({
      message: 'This community admits members by invitation only: ask one of its animators to invite you.',
    });
    expect(await mutate(person, REQUEST, { id: communityGid(byInvitation.id) })).toMatchObject({
      code: 'NOT_ALLOWED',
    });
    expect(await mutate(person, REQUEST, { id: communityGid(open.id) })).toMatchObject({
      message: 'This community is open: join it directly.',
    });
  });

  it('lets an invited person into an invitation-only secret community, which they alone can then see', async () => {
    const owner = await app.signedIn();
    const secret = await createCommunity(app, {
      name: 'Cellule de crise',
      visibility: 'secret',
      joinPolicy: 'invitation',
      members: [{ userId: owner.user.id, role: 'owner' }],
    });
    const invitee = await app.signedIn();
    const outsider = await app.signedIn();
    expect((await invitee.data(COMMUNITY, { slug: secret.slug })).community).toBeNull();
    const invited = await mutate(owner, INVITE, {
      communityId: communityGid(secret.id),
      userIds: [userGid(invitee.user.id)],
    });
    expect(invited.data).toEqual({
      invitedCount: 1,
      alreadyMemberCount: 0,
      pendingCount: 0,
      community: { memberCount: 1 },
    });
    const seen = (await invitee.data(COMMUNITY, { slug: secret.slug })).community;
    expect(seen).toMatchObject({
      viewerMembership: { status: 'invited' },
      viewerCan: { join: true, post: false },
    });
    const joined = await mutate(invitee, JOIN, { id: communityGid(secret.id) });
    expect(joined.data).toMatchObject({
      memberCount: 2,
      viewerMembership: { status: 'active', role: 'member' },
    });
    expect((await outsider.data(COMMUNITY, { slug: secret.slug })).community).toBeNull();

    // Leaving a secret community makes it disappear for the person who left.
    const left = await mutate(invitee, LEAVE, { id: communityGid(secret.id) });
    expect(left).toEqual({ __typename: 'MutationLeaveCommunitySuccess', data: { community: null } });
    expect((await invitee.data(COMMUNITY, { slug: secret.slug })).community).toBeNull();
  });
});

describe('membership requests', () => {
  it('waits for an animator, who approves one request and turns another down', async () => {
    const animator = await app.signedIn();
    const community = await createCommunity(app, {
      name: 'Marketing digital – veille',
      visibility: 'private',
      joinPolicy: 'request',
      members: [{ userId: animator.user.id, role: 'animator' }],
    });
    const [ana, bob] = [await app.signedIn(), await app.signedIn()];
    const asked = await mutate(ana, REQUEST, { id: communityGid(community.id) });
    expect(asked.data).toMatchObject({ memberCount: 1, viewerMembership: { status: 'requested' } });
    expect(events.at(-1)).toEqual({
      name: 'membership.requested',
      payload: { communityId: community.id, userId: ana.user.id },
    });
    expect(await mutate(ana, REQUEST, { id: communityGid(community.id) })).toMatchObject({
      message: 'Your request is already waiting for an animator’s answer.',
    });
    await mutate(bob, REQUEST, { id: communityGid(community.id) });

    // A requester reads nothing yet: the community is private.
    expect((await ana.gql(MEMBERS, { slug: community.slug })).errors?.[0]?.extensions?.code).toBe(
      'NOT_ALLOWED',
    );
    const ids = { communityId: communityGid(community.id) };
    expect(await memberNames(animator, community.slug, 'requested')).toHaveLength(2);

    const approved = await mutate(animator, DECIDE, { ...ids, userId: userGid(ana.user.id), approve: true });
    expect(approved.data.memberCount).toBe(2);
    const denied = await mutate(animator, DECIDE, { ...ids, userId: userGid(bob.user.id), approve: false });
    expect(denied.data.memberCount).toBe(2);
    expect(events.slice(-2).map((e) => e.payload.approved)).toEqual([true, false]);
    expect((await ana.data(COMMUNITY, { slug: community.slug })).community.viewerMembership.status).toBe(
      'active',
    );
    expect((await bob.data(COMMUNITY, { slug: community.slug })).community.viewerMembership).toBeNull();
    expect(await memberNames(animator, community.slug, 'requested')).toEqual([]);

    // Deciding twice, or as a plain member, does nothing.
    expect(
      await mutate(animator, DECIDE, { ...ids, userId: userGid(bob.user.id), approve: true }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    await mutate(bob, REQUEST, { id: communityGid(community.id) });
    expect(await mutate(ana, DECIDE, { ...ids, userId: userGid(bob.user.id), approve: true })).toMatchObject({
      code: 'NOT_ALLOWED',
    });
  });
});

describe('invitations', () => {
  it('invites whole org units with their sub-units, skipping people already in and deactivated people', async () => {
    const france = await createOrgUnit(app, 'inv-fr', 'country');
    const hr = await createOrgUnit(app, 'inv-fr-hr', 'direction', france.id);
    const recruiting = await createOrgUnit(app, 'inv-fr-hr-recrutement', 'team', hr.id);
    const elsewhere = await createOrgUnit(app, 'inv-uk', 'country');
    const owner = await app.signedIn();
    const inHr = await app.createUser({ name: 'Inès RH', orgUnitId: hr.id });
    const inTeam = await app.createUser({ name: 'Tom Recrutement', orgUnitId: recruiting.id });
    const alreadyIn = await app.createUser({ name: 'Déjà Membre', orgUnitId: recruiting.id });
    const gone = await app.createUser({ name: 'Parti', orgUnitId: recruiting.id });
    await deactivate(app, gone.id);
    await app.createUser({ name: 'Outside', orgUnitId: elsewhere.id });
    const named = await app.createUser({ name: 'Named Guest' });
    const community = await createCommunity(app, {
      name: 'RH France',
      members: [
        { userId: owner.user.id, role: 'owner' },
        { userId: alreadyIn.id, role: 'member' },
      ],
    });

    const result = await mutate(owner, INVITE, {
      communityId: communityGid(community.id),
      userIds: [userGid(named.id)],
      orgUnitIds: [Buffer.from(`OrgUnit:${hr.id}`).toString('base64')],
    });
    expect(result.data).toEqual({
      invitedCount: 3,
      alreadyMemberCount: 1,
      pendingCount: 0,
      community: { memberCount: 2 },
    });
    const invitedEvent = events.at(-1)!;
    expect(invitedEvent.name).toBe('membership.invited');
    expect(invitedEvent.payload.userIds.sort()).toEqual([inHr.id, inTeam.id, named.id].sort());
    expect(await memberNames(owner, community.slug, 'invited')).toEqual([
      'Inès RH (member)',
      'Named Guest (member)',
      'Tom Recrutement (member)',
    ]);

    const again = await mutate(owner, INVITE, {
      communityId: communityGid(community.id),
      orgUnitIds: [Buffer.from(`OrgUnit:${france.id}`).toString('base64')],
    });
    expect(again.data).toMatchObject({ invitedCount: 0, alreadyMemberCount: 1, pendingCount: 2 });

    const refused = await mutate(owner, INVITE, {
      communityId: communityGid(community.id),
      userIds: [userGid(gone.id)],
    });
    expect(refused).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { field: 'userIds', message: 'Some of these people are unknown or their account is deactivated.' },
      ],
    });
  });
});

describe('owners', () => {
  it('never leaves a community without an owner', async () => {
    const owner = await app.signedIn();
    const colleague = await app.signedIn();
    const community = await createCommunity(app, {
      members: [
        { userId: owner.user.id, role: 'owner' },
        { userId: colleague.user.id, role: 'animator' },
      ],
    });
    const ids = { communityId: communityGid(community.id) };
    expect(await mutate(owner, LEAVE, { id: communityGid(community.id) })).toMatchObject({
      code: 'NOT_ALLOWED',
      message: 'You are the last owner of this community: make someone else an owner before you leave.',
    });
    expect(
      await mutate(owner, CHANGE_ROLE, { ...ids, userId: userGid(owner.user.id), role: 'member' }),
    ).toMatchObject({ message: 'The community would have no owner left: make someone else an owner first.' });
    // Animators manage members but neither hand out roles nor remove an owner.
    expect(
      await mutate(colleague, CHANGE_ROLE, { ...ids, userId: userGid(colleague.user.id), role: 'owner' }),
    ).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(await mutate(colleague, REMOVE, { ...ids, userId: userGid(owner.user.id) })).toMatchObject({
      code: 'NOT_ALLOWED',
    });

    const promoted = await mutate(owner, CHANGE_ROLE, {
      ...ids,
      userId: userGid(colleague.user.id),
      role: 'owner',
    });
    expect(promoted.data).toMatchObject({ role: 'owner', status: 'active' });
    const left = await mutate(owner, LEAVE, { id: communityGid(community.id) });
    expect(left.data.community).toMatchObject({ memberCount: 1, viewerMembership: null });
    expect(await memberNames(colleague, community.slug)).toEqual([
      `${await nameOf(colleague.user.id)} (owner)`,
    ]);
  });

  it('lets an animator remove a member, and an admin repair a community whatever its roles', async () => {
    const owner = await app.signedIn();
    const animator = await app.signedIn();
    const member = await app.signedIn();
    const admin = await app.signedIn(['admin']);
    const community = await createCommunity(app, {
      members: [
        { userId: owner.user.id, role: 'owner' },
        { userId: animator.user.id, role: 'animator' },
        { userId: member.user.id, role: 'member' },
      ],
    });
    const ids = { communityId: communityGid(community.id) };
    const removed = await mutate(animator, REMOVE, { ...ids, userId: userGid(member.user.id) });
    expect(removed.data.memberCount).toBe(2);
    expect(events.at(-1)).toEqual({
      name: 'membership.left',
      payload: { communityId: community.id, userId: member.user.id },
    });
    expect((await admin.data(MEMBERS, { slug: community.slug })).community.members.edges).toHaveLength(2);
    const made = await mutate(admin, CHANGE_ROLE, {
      ...ids,
      userId: userGid(animator.user.id),
      role: 'owner',
    });
    expect(made.data.role).toBe('owner');
    const audit = await app.services.db.query.auditLog.findMany({
      where: { subjectId: community.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['community.member-removed', animator.user.id],
      ['community.member-role-changed', admin.user.id],
    ]);
  });

  it('counts active colleagues only: a deactivated member leaves the count until reactivated', async () => {
    const owner = await app.signedIn();
    const admin = await app.signedIn(['admin']);
    const leaving = await app.signedIn();
    const community = await createCommunity(app, {
      members: [
        { userId: owner.user.id, role: 'owner' },
        { userId: leaving.user.id, role: 'member' },
      ],
    });
    const toggle = (name: string) => `mutation($id: ID!) { ${name}(userId: $id) { __typename } }`;
    await admin.data(toggle('deactivateUser'), { id: userGid(leaving.user.id) });
    await app.services.events.settled();
    expect(await memberCountOf(app, community.id)).toBe(1);
    expect(await memberNames(owner, community.slug)).toHaveLength(1);
    await admin.data(toggle('reactivateUser'), { id: userGid(leaving.user.id) });
    await app.services.events.settled();
    expect(await memberCountOf(app, community.id)).toBe(2);
  });
});

async function nameOf(userId: string) {
  return (await app.services.db.query.users.findFirst({ where: { id: userId } }))!.name;
}
