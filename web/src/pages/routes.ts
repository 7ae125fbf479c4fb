import { type Lazy, lazy } from '../lib/router/lazy';
import { matchCore, type PageName } from '../lib/router/paths';

const community = lazy(() => import('./communities/Community.svelte'));
const post = lazy(() => import('./posts/PostPage.svelte'));
const admin = lazy(() => import('./admin/Admin.svelte'));
const pathEditor = lazy(() => import('./learning/PathEditor.svelte'));

/** The code of every core page, each in its own chunk so the feed loads only what it shows. */
export const pages = {
  home: lazy(() => import('./Home.svelte')),
  signIn: lazy(() => import('./auth/SignIn.svelte')),
  signUp: lazy(() => import('./auth/SignUp.svelte')),
  signUpConfirm: lazy(() => import('./auth/ConfirmSignUp.svelte')),
  invitation: lazy(() => import('./auth/Invitation.svelte')),
  people: lazy(() => import('./people/Directory.svelte')),
  person: lazy(() => import('./people/Profile.svelte')),
  profilePost: post,
  communities: lazy(() => import('./communities/Communities.svelte')),
  newCommunity: lazy(() => import('./communities/NewCommunity.svelte')),
  community,
  communityTab: community,
  communityPost: post,
  post,
  projects: lazy(() => import('./projects/Projects.svelte')),
  myTasks: lazy(() => import('./projects/MyTasks.svelte')),
  portfolio: lazy(() => import('./projects/Portfolio.svelte')),
  events: lazy(() => import('./events/Agenda.svelte')),
  newEvent: lazy(() => import('./events/NewEvent.svelte')),
  event: lazy(() => import('./events/EventPage.svelte')),
  editEvent: lazy(() => import('./events/EditEvent.svelte')),
  hashtag: lazy(() => import('./feed/HashtagPage.svelte')),
  bookmarks: lazy(() => import('./feed/Bookmarks.svelte')),
  learning: lazy(() => import('./learning/Learning.svelte')),
  questions: lazy(() => import('./questions/Questions.svelte')),
  question: lazy(() => import('./questions/Question.svelte')),
  experts: lazy(() => import('./questions/Experts.svelte')),
  learningPath: lazy(() => import('./learning/LearningPath.svelte')),
  lesson: lazy(() => import('./learning/Lesson.svelte')),
  quiz: lazy(() => import('./learning/Quiz.svelte')),
  newLearningPath: pathEditor,
  editLearningPath: pathEditor,
  certificate: lazy(() => import('./learning/Certificate.svelte')),
  search: lazy(() => import('./search/Search.svelte')),
  notifications: lazy(() => import('./notifications/Notifications.svelte')),
  settings: lazy(() => import('./settings/Settings.svelte')),
  notificationSettings: lazy(() => import('./notifications/NotificationSettings.svelte')),
  moderationNotices: lazy(() => import('./moderation/MyModerationNotices.svelte')),
  admin,
  adminSection: admin,
} satisfies Record<PageName, Lazy<never>>;

/** Starts fetching the code of the page at a path, so it is there by the time it is shown. */
export function preloadPage(pathname: string): void {
  const match = matchCore(pathname);
  // A failure is shown by the page itself when it is opened, with a way to reload.
  if (match) pages[match.name].load().catch(() => {});
}
