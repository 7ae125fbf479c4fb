import type { Random } from '@levain/server/seeding';
import type { Cast } from './cast';
import type { Row } from './engagement';
import type { PlannedPost } from './post-plan';
import { weightedSample } from './sampling';
import type { Timeline } from './timeline';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
/** "fr-marketing-digital" → "fr-marketing": people of one direction. */
const directionOf = (unit: string) => unit.split('-').slice(0, 2).join('-');

/**
 * Who follows whom and what people bookmarked. Everyone may follow their manager and a colleague
 * or two; the demo accounts follow the people their job brings them close to, and have bookmarks,
 * so their home feed and "my bookmarks" are alive from the first sign-in.
 */
export function socialGraph(
  cast: Cast,
  timeline: Timeline,
  random: Random,
  posts: PlannedPost[],
  reactionsOf: (postId: string) => number,
): { follows: Row[]; bookmarks: Row[] } {
  const follows = new Map<string, Row>();
  const follow = (followerId: string | undefined, followeeId: string | undefined) => {
    if (!followerId || !followeeId || followerId === followeeId) return;
    const at = iso(timeline.now - random.next() * 200 * DAY);
    follows.set(`${followerId}:${followeeId}`, {
      follower_id: followerId,
      followee_id: followeeId,
      created_at: at,
    });
  };
  const { people } = cast;
  const id = (email: string) => cast.named.get(email);
  const inUnit = (unit: string) => people.filter((p) => p.orgUnitCode === unit).map((p) => p.id);
  const heads = people.filter((p) => p.managerId && cast.person(p.managerId).orgUnitCode.length === 2);

  for (const person of people) {
    if (person.managerId && random.chance(0.45)) follow(person.id, person.managerId);
    const colleagues = people.filter(
      (p) => p.id !== person.id && directionOf(p.orgUnitCode) === directionOf(person.orgUnitCode),
    );
    for (const colleague of weightedSample(random, colleagues, Math.floor(random.next() * 3)))
      follow(person.id, colleague.id);
  }
  const lea = id('employe@atlas.example');
  const thomas = id('manager@atlas.example');
  const julien = id('cm@atlas.example');
  const sophie = id('rh@atlas.example');
  const camille = id('admin@atlas.example');
  const olivia = id('employee@atlas.example');
  for (const followee of [thomas, julien, sophie, olivia, ...inUnit('fr-marketing').slice(0, 5)])
    follow(lea, followee);
  for (const followee of [
    lea,
    julien,
    camille,
    ...people.filter((p) => p.managerId === thomas).map((p) => p.id),
  ])
    follow(thomas, followee);
  for (const head of heads) follow(julien, head.id);
  for (const followee of [
    camille,
    julien,
    ...heads.filter((h) => h.orgUnitCode.endsWith('-hr')).map((h) => h.id),
  ])
    follow(sophie, followee);
  for (const followee of [julien, sophie, thomas]) follow(camille, followee);
  const oliviaManager = olivia && cast.person(olivia).managerId;
  for (const followee of [oliviaManager ?? undefined, julien, lea, ...inUnit('uk-sales').slice(0, 5)])
    follow(olivia, followee);

  const bookmarks = new Map<string, Row>();
  const bookmark = (userId: string, post: PlannedPost) => {
    const at = iso(timeline.after(post.publishedMs, 600));
    bookmarks.set(`${userId}:${post.id}`, { user_id: userId, post_id: post.id, created_at: at });
  };
  const published = posts.filter((p) => p.status === 'published');
  for (const userId of cast.named.values()) {
    const readable = published.filter((p) => p.authorId !== userId && p.audience.includes(userId));
    const count = 4 + Math.floor(random.next() * 5);
    for (const post of weightedSample(random, readable, count, (p) => 1 + reactionsOf(p.id)))
      bookmark(userId, post);
  }
  for (let i = 0; i < 120; i++) {
    const post = random.pick(published);
    const readers = post.audience.filter((userId) => userId !== post.authorId);
    if (readers.length) bookmark(random.pick(readers), post);
  }
  return { follows: [...follows.values()], bookmarks: [...bookmarks.values()] };
}
