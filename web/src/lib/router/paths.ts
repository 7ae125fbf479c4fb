/** Every page of the core, by name. Plugin pages are added by the plugin registry. */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  signUpConfirm: '/sign-up/confirm/:token',
  invitation: '/invitation/:token',
  people: '/people',
  person: '/people/:id',
  profilePost: '/people/:person/posts/:id',
  communities: '/communities',
  newCommunity: '/communities/new',
  community: '/communities/:slug',
  communityTab: '/communities/:slug/:tab',
  communityPost: '/communities/:slug/posts/:id',
  post: '/posts/:id',
  projects: '/projects',
  myTasks: '/projects/my-tasks',
  portfolio: '/projects/portfolio',
  events: '/events',
  newEvent: '/events/new',
  event: '/events/:id',
  editEvent: '/events/:id/edit',
  hashtag: '/hashtags/:tag',
  bookmarks: '/bookmarks',
  learning: '/learning',
  questions: '/questions',
  question: '/questions/:id',
  experts: '/experts',
  learningPath: '/learning/:id',
  lesson: '/learning/lessons/:id',
  quiz: '/learning/quizzes/:id',
  newLearningPath: '/learning/new/:slug',
  editLearningPath: '/learning/:id/edit',
  certificate: '/certificates/:id',
  search: '/search',
  notifications: '/notifications',
  settings: '/settings',
  // Where the emails' "your preferences" links lead.
  notificationSettings: '/settings/notifications',
  moderationNotices: '/moderation/notices',
  admin: '/admin',
  adminSection: '/admin/:section',
} as const;

export type PageName = keyof typeof paths;

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type Params<N extends PageName> = Record<ParamNames<(typeof paths)[N]>, string>;
type ParamArgs<N extends PageName> = [ParamNames<(typeof paths)[N]>] extends [never] ? [] : [Params<N>];

/** The URL of a page; a page with parameters does not type-check without them. */
export function href<N extends PageName>(name: N, ...args: ParamArgs<N>): string {
  const params = (args[0] ?? {}) as Record<string, string>;
  return paths[name].replace(/:(\w+)/g, (_whole, key: string) => encodeURIComponent(params[key] ?? ''));
}

/** Matches a pattern like "/people/:id" against a pathname; returns its decoded parameters. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = have[i]!;
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (segment !== actual) return null;
  }
  return params;
}

export type CoreMatch = { [N in PageName]: { name: N; params: Params<N> } }[PageName];

export function matchCore(pathname: string): CoreMatch | null {
  for (const name of Object.keys(paths) as PageName[]) {
    const params = matchPath(paths[name], pathname);
    if (params) return { name, params } as CoreMatch;
  }
  return null;
}
