import { schema as core } from '@levain/db';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { gid } from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, article, discussion, newCharter, PUBLISH, startApp } from './fixtures';

const ADOPT = `mutation($c: ID!) { adoptCommunityCharter(communityId: $c, titleFr: "Charte du café", titleEn: "Café charter") {
  __typename
  ... on MutationAdoptCommunityCharterSuccess { data { id kind communityId currentVersion { number } } }
  ... on Error { code message }
  ... on ValidationError { issues { field message } }
} }`;
const MINE =
  '{ communityCharters { communityId communityName canEdit charter { id title acknowledgedByMe } } }';
const CHARTER =
  'query($id: ID!) { charter(id: $id) { __typename ... on QueryCharterSuccess { data { id } } } }';
const POST = `mutation($c: ID!) { createPost(input: { body: "Qui a vu le dernier épisode ?", communityId: $c }) {
  __typename
  ... on ActionRequiredError { message path }
} }`;
const REASONS = 'query($c: ID) { reportReasons(communityId: $c) { label } }';

let app: TestApp;
let admin: SignedInClient;
let animator: SignedInClient;
let member: SignedInClient;
let place: Awaited<ReturnType<typeof discussion>>;
let charterId: string;

beforeAll(async () => {
  app = await startApp();
  admin = await app.signedIn(['admin']);
  animator = await app.signedIn([], { locale: 'fr' });
  member = await app.signedIn([], { locale: 'fr' });
  const behaviourId = await newCharter(app.services.db, 'behaviour');
  await admin.data(PUBLISH, {
    input: {
      charterId: behaviourId,
      major: true,
      summaryFr: '',
      summaryEn: '',
      articles: [article(1, { fr: 'Cordialité', en: 'Courtesy' })],
    },
  });
  await member.data(ACKNOWLEDGE, { id: behaviourId, version: 1 });
  place = await discussion(
    app.services.db,
    [
      { userId: animator.user.id, role: 'animator' },
      { userId: member.user.id, role: 'member' },
    ],
    animator.user.id,
  );
});
afterAll(() => app.close());

describe('a community’s own charter', () => {
  it('is adopted and written by the community’s animators only, once', async () => {
    const c = gid('Community', place.communityId);
    const refused = (await member.data(ADOPT, { c })).adoptCommunityCharter;
    expect(refused.__typename).toBe('NotAllowedError');

    const adopted = (await animator.data(ADOPT, { c })).adoptCommunityCharter;
    expect(adopted.data).toMatchObject({ kind: 'COMMUNITY', communityId: c, currentVersion: null });
    charterId = adopted.data.id;

    const again = (await animator.data(ADOPT, { c })).adoptCommunityCharter;
    expect(again.issues).toEqual([
      {
        field: 'communityId',
        message: 'Cette communauté a déjà sa charte : publiez-en une nouvelle version.',
      },
    ]);

    const input = {
      charterId,
      major: true,
      summaryFr: '',
      summaryEn: '',
      articles: [article(1, { fr: 'Pas de spoilers', en: 'No spoilers' })],
    };
    expect((await member.data(PUBLISH, { input })).publishCharterVersion.__typename).toBe('NotAllowedError');
    expect((await animator.data(PUBLISH, { input })).publishCharterVersion.data.currentVersion).toEqual({
      number: 1,
      major: true,
    });
    expect((await animator.data(MINE)).communityCharters).toEqual([
      {
        communityId: c,
        communityName: 'Café',
        canEdit: true,
        charter: { id: charterId, title: 'Charte du café', acknowledgedByMe: false },
      },
    ]);
    expect((await member.data(MINE)).communityCharters[0].canEdit).toBe(false);
  });

  it('must be accepted before a member’s first post in the community', async () => {
    const c = gid('Community', place.communityId);
    const refused = (await member.data(POST, { c })).createPost;
    expect(refused).toEqual({
      __typename: 'ActionRequiredError',
      message: 'Avant votre première publication dans cette communauté, lisez et acceptez sa charte.',
      path: `/charter/accept?id=${charterId}`,
    });
    expect(await app.services.db.$count(core.posts, eq(core.posts.authorId, member.user.id))).toBe(0);

    await member.data(ACKNOWLEDGE, { id: charterId, version: 1 });
    expect((await member.data(POST, { c })).createPost.__typename).toBe('MutationCreatePostSuccess');
  });

  it('gives reporters and moderators its articles before the behaviour charter’s', async () => {
    const labels = (await member.data(REASONS, { c: gid('Community', place.communityId) })).reportReasons.map(
      (r: { label: string }) => r.label,
    );
    expect(labels).toEqual(
      expect.arrayContaining([
        'Charte de la communauté, article 1 — Pas de spoilers',
        'Article 1 — Cordialité',
      ]),
    );
    expect(labels.indexOf('Charte de la communauté, article 1 — Pas de spoilers')).toBeLessThan(
      labels.indexOf('Article 1 — Cordialité'),
    );
  });

  it('stays unknown to those who may not know a secret community exists', async () => {
    await app.services.db
      .update(core.communities)
      .set({ visibility: 'secret' })
      .where(eq(core.communities.id, place.communityId));
    const outsider = await app.signedIn();
    expect((await outsider.data(CHARTER, { id: charterId })).charter).toBeNull();
    expect((await member.data(CHARTER, { id: charterId })).charter.data.id).toBe(charterId);
  });
});
