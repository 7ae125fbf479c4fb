import { fileURLToPath } from 'node:url';
import { schema as core } from '@levain/db';
import { createTestApp, pluginSourceFromPackage } from '@levain/server/testing';
import { charterDocuments } from '../db/schema';

const rootPackageJson = fileURLToPath(new URL('../../../package.json', import.meta.url));

export const startApp = () =>
  createTestApp({ plugins: [pluginSourceFromPackage('@levain/plugin-charter', rootPackageJson)] });

export const PUBLISH = `mutation($input: PublishCharterVersionInput!) {
  publishCharterVersion(input: $input) {
    __typename
    ... on MutationPublishCharterVersionSuccess { data { id currentVersion { number major } } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

export const ACKNOWLEDGE = `mutation($id: ID!, $version: Int!) {
  acknowledgeCharter(charterId: $id, versionNumber: $version) {
    __typename
    ... on MutationAcknowledgeCharterSuccess { data { acknowledgedByMe myAcknowledgement { versionNumber } } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

type Text = { fr: string; en: string };
export const article = (number: number, title: Text, body: Text = title) => ({
  number,
  titleFr: title.fr,
  titleEn: title.en,
  bodyFr: body.fr,
  bodyEn: body.en,
  acceptableFr: '',
  acceptableEn: '',
  unacceptableFr: '',
  unacceptableEn: '',
});

/** A company charter with no version yet (the way an admin's first publication finds it). */
export async function newCharter(
  db: Awaited<ReturnType<typeof startApp>>['services']['db'],
  kind: 'behaviour' | 'social_media' | 'editorial',
) {
  const [row] = await db
    .insert(charterDocuments)
    .values({ kind, title: { fr: `Charte ${kind}`, en: `${kind} charter` } })
    .returning({ id: charterDocuments.id });
  return row!.id;
}

/** A public community with its members, a post and a comment, inserted as they would be after posting. */
export async function discussion(
  db: Awaited<ReturnType<typeof startApp>>['services']['db'],
  members: { userId: string; role: 'animator' | 'member' }[],
  commentAuthorId: string,
) {
  const [community] = await db
    .insert(core.communities)
    .values({ slug: `cafe-${members[0]!.userId.slice(0, 8)}`, name: 'Café', memberCount: members.length })
    .returning({ id: core.communities.id });
  await db
    .insert(core.communityMemberships)
    .values(members.map((m) => ({ communityId: community!.id, ...m })));
  const [post] = await db
    .insert(core.posts)
    .values({
      authorId: members[0]!.userId,
      communityId: community!.id,
      body: 'Le café',
      bodyHtml: '<p>Le café</p>',
    })
    .returning({ id: core.posts.id });
  const [comment] = await db
    .insert(core.comments)
    .values({
      postId: post!.id,
      authorId: commentAuthorId,
      body: 'Quelle bande de nuls',
      bodyHtml: '<p>Quelle bande de nuls</p>',
    })
    .returning({ id: core.comments.id });
  return { communityId: community!.id, postId: post!.id, commentId: comment!.id };
}
