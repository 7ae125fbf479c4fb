import { href } from '../../lib/router/paths';

type Located = {
  id: string;
  community: { slug: string } | null;
  profileUser: { id: string } | null;
  author?: { id: string };
};

/** The page of one post: under its community, or under the profile it was written on. */
export function postHref(post: Located): string {
  if (post.community) return href('communityPost', { slug: post.community.slug, id: post.id });
  const person = post.profileUser?.id ?? post.author?.id;
  return person ? href('profilePost', { person, id: post.id }) : href('post', { id: post.id });
}
