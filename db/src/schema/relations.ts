import { defineRelations } from 'drizzle-orm';
import { apiTokens, auditLog, invitations, sessions, signUpRequests } from './access';
import { communities, communityMemberships, communityOrgUnits, follows } from './communities';
import {
  announcementAcknowledgements,
  bookmarks,
  commentReactions,
  pollOptions,
  polls,
  pollVotes,
  postImpressions,
  postReactions,
} from './engagement';
import { eventAnswers, eventInvitations, eventOrganisers, events } from './events';
import { webhookDeliveries, webhooks } from './integrations';
import { answerVotes, questionSkills, questions, skillEndorsements, skills, userSkills } from './knowledge';
import {
  certificates,
  enrollments,
  learningModules,
  learningPaths,
  lessonCompletions,
  lessons,
  quizAttempts,
  quizChoices,
  quizQuestions,
  quizzes,
} from './learning';
import { moderationActions, reports } from './moderation';
import { notificationPreferences, notifications } from './notifications';
import { organisationSettings, orgUnits } from './organisation';
import { userRoles, users } from './people';
import { jobs, pluginState } from './platform';
import { comments, mentions, postAttachments, postHashtags, postRevisions, posts } from './posts';
import { milestones, projects, statusUpdates, tasks } from './projects';

export const tables = {
  organisationSettings,
  orgUnits,
  users,
  userRoles,
  sessions,
  apiTokens,
  webhooks,
  webhookDeliveries,
  invitations,
  signUpRequests,
  auditLog,
  pluginState,
  jobs,
  communities,
  communityOrgUnits,
  communityMemberships,
  follows,
  posts,
  postRevisions,
  postAttachments,
  comments,
  postHashtags,
  mentions,
  postReactions,
  commentReactions,
  bookmarks,
  postImpressions,
  announcementAcknowledgements,
  polls,
  pollOptions,
  pollVotes,
  notifications,
  notificationPreferences,
  reports,
  moderationActions,
  learningPaths,
  learningModules,
  lessons,
  quizzes,
  quizQuestions,
  quizChoices,
  enrollments,
  lessonCompletions,
  quizAttempts,
  certificates,
  events,
  eventOrganisers,
  eventAnswers,
  eventInvitations,
  projects,
  statusUpdates,
  milestones,
  tasks,
  questions,
  answerVotes,
  questionSkills,
  skills,
  userSkills,
  skillEndorsements,
};

export const relations = defineRelations(tables, (r) => ({
  orgUnits: {
    parent: r.one.orgUnits({ from: r.orgUnits.parentId, to: r.orgUnits.id, alias: 'orgUnitParent' }),
    children: r.many.orgUnits({ alias: 'orgUnitParent' }),
    members: r.many.users(),
  },
  users: {
    orgUnit: r.one.orgUnits({ from: r.users.orgUnitId, to: r.orgUnits.id }),
    manager: r.one.users({ from: r.users.managerId, to: r.users.id, alias: 'userManager' }),
    reports: r.many.users({ alias: 'userManager' }),
    roles: r.many.userRoles(),
    sessions: r.many.sessions(),
    memberships: r.many.communityMemberships(),
    posts: r.many.posts({ alias: 'postAuthor' }),
    skills: r.many.userSkills(),
  },
  userRoles: {
    user: r.one.users({ from: r.userRoles.userId, to: r.users.id, optional: false }),
  },
  sessions: {
    user: r.one.users({ from: r.sessions.userId, to: r.users.id, optional: false }),
  },
  apiTokens: {
    owner: r.one.users({ from: r.apiTokens.ownerId, to: r.users.id, optional: false }),
  },
  webhooks: {
    owner: r.one.users({ from: r.webhooks.ownerId, to: r.users.id, optional: false }),
    deliveries: r.many.webhookDeliveries(),
  },
  webhookDeliveries: {
    webhook: r.one.webhooks({ from: r.webhookDeliveries.webhookId, to: r.webhooks.id, optional: false }),
  },
  invitations: {
    orgUnit: r.one.orgUnits({ from: r.invitations.orgUnitId, to: r.orgUnits.id }),
    invitedBy: r.one.users({ from: r.invitations.invitedById, to: r.users.id }),
  },
  auditLog: {
    actor: r.one.users({ from: r.auditLog.actorId, to: r.users.id }),
  },
  communities: {
    parent: r.one.communities({
      from: r.communities.parentId,
      to: r.communities.id,
      alias: 'subCommunities',
    }),
    children: r.many.communities({ alias: 'subCommunities' }),
    createdBy: r.one.users({ from: r.communities.createdById, to: r.users.id }),
    memberships: r.many.communityMemberships(),
    orgUnits: r.many.orgUnits({
      from: r.communities.id.through(r.communityOrgUnits.communityId),
      to: r.orgUnits.id.through(r.communityOrgUnits.orgUnitId),
    }),
    posts: r.many.posts(),
    project: r.one.projects({ from: r.communities.id, to: r.projects.communityId }),
  },
  communityMemberships: {
    community: r.one.communities({
      from: r.communityMemberships.communityId,
      to: r.communities.id,
      optional: false,
    }),
    user: r.one.users({ from: r.communityMemberships.userId, to: r.users.id, optional: false }),
  },
  posts: {
    community: r.one.communities({ from: r.posts.communityId, to: r.communities.id }),
    author: r.one.users({ from: r.posts.authorId, to: r.users.id, optional: false, alias: 'postAuthor' }),
    profileUser: r.one.users({ from: r.posts.profileUserId, to: r.users.id, alias: 'profilePosts' }),
    sharedPost: r.one.posts({ from: r.posts.sharedPostId, to: r.posts.id, alias: 'shares' }),
    event: r.one.events({ from: r.posts.eventId, to: r.events.id }),
    comments: r.many.comments(),
    reactions: r.many.postReactions(),
    attachments: r.many.postAttachments(),
    hashtags: r.many.postHashtags(),
    revisions: r.many.postRevisions(),
    poll: r.one.polls({ from: r.posts.id, to: r.polls.postId }),
    acknowledgements: r.many.announcementAcknowledgements(),
    question: r.one.questions({ from: r.posts.id, to: r.questions.postId }),
  },
  postRevisions: { post: r.one.posts({ from: r.postRevisions.postId, to: r.posts.id, optional: false }) },
  postAttachments: { post: r.one.posts({ from: r.postAttachments.postId, to: r.posts.id }) },
  postHashtags: { post: r.one.posts({ from: r.postHashtags.postId, to: r.posts.id, optional: false }) },
  comments: {
    post: r.one.posts({ from: r.comments.postId, to: r.posts.id, optional: false }),
    author: r.one.users({ from: r.comments.authorId, to: r.users.id, optional: false }),
    parent: r.one.comments({ from: r.comments.parentId, to: r.comments.id, alias: 'commentReplies' }),
    replies: r.many.comments({ alias: 'commentReplies' }),
    reactions: r.many.commentReactions(),
    votes: r.many.answerVotes(),
  },
  postReactions: {
    post: r.one.posts({ from: r.postReactions.postId, to: r.posts.id, optional: false }),
    user: r.one.users({ from: r.postReactions.userId, to: r.users.id, optional: false }),
  },
  commentReactions: {
    comment: r.one.comments({ from: r.commentReactions.commentId, to: r.comments.id, optional: false }),
    user: r.one.users({ from: r.commentReactions.userId, to: r.users.id, optional: false }),
  },
  bookmarks: { post: r.one.posts({ from: r.bookmarks.postId, to: r.posts.id, optional: false }) },
  announcementAcknowledgements: {
    post: r.one.posts({ from: r.announcementAcknowledgements.postId, to: r.posts.id, optional: false }),
    user: r.one.users({ from: r.announcementAcknowledgements.userId, to: r.users.id, optional: false }),
  },
  polls: {
    post: r.one.posts({ from: r.polls.postId, to: r.posts.id, optional: false }),
    options: r.many.pollOptions(),
  },
  pollOptions: { poll: r.one.polls({ from: r.pollOptions.postId, to: r.polls.postId, optional: false }) },
  notifications: {
    recipient: r.one.users({ from: r.notifications.recipientId, to: r.users.id, optional: false }),
    community: r.one.communities({ from: r.notifications.communityId, to: r.communities.id }),
    post: r.one.posts({ from: r.notifications.postId, to: r.posts.id }),
    comment: r.one.comments({ from: r.notifications.commentId, to: r.comments.id }),
  },
  reports: {
    reporter: r.one.users({ from: r.reports.reporterId, to: r.users.id }),
    community: r.one.communities({ from: r.reports.communityId, to: r.communities.id }),
    post: r.one.posts({ from: r.reports.postId, to: r.posts.id }),
    comment: r.one.comments({ from: r.reports.commentId, to: r.comments.id }),
    actions: r.many.moderationActions(),
  },
  moderationActions: {
    report: r.one.reports({ from: r.moderationActions.reportId, to: r.reports.id }),
    actor: r.one.users({ from: r.moderationActions.actorId, to: r.users.id }),
  },
  learningPaths: {
    community: r.one.communities({
      from: r.learningPaths.communityId,
      to: r.communities.id,
      optional: false,
    }),
    modules: r.many.learningModules(),
    enrollments: r.many.enrollments(),
  },
  learningModules: {
    path: r.one.learningPaths({ from: r.learningModules.pathId, to: r.learningPaths.id, optional: false }),
    lessons: r.many.lessons(),
    quizzes: r.many.quizzes(),
  },
  lessons: {
    module: r.one.learningModules({ from: r.lessons.moduleId, to: r.learningModules.id, optional: false }),
    completions: r.many.lessonCompletions(),
  },
  lessonCompletions: {
    lesson: r.one.lessons({ from: r.lessonCompletions.lessonId, to: r.lessons.id, optional: false }),
    user: r.one.users({ from: r.lessonCompletions.userId, to: r.users.id, optional: false }),
  },
  quizzes: {
    module: r.one.learningModules({ from: r.quizzes.moduleId, to: r.learningModules.id, optional: false }),
    questions: r.many.quizQuestions(),
    attempts: r.many.quizAttempts(),
  },
  quizQuestions: {
    quiz: r.one.quizzes({ from: r.quizQuestions.quizId, to: r.quizzes.id, optional: false }),
    choices: r.many.quizChoices(),
  },
  quizChoices: {
    question: r.one.quizQuestions({
      from: r.quizChoices.questionId,
      to: r.quizQuestions.id,
      optional: false,
    }),
  },
  enrollments: {
    path: r.one.learningPaths({ from: r.enrollments.pathId, to: r.learningPaths.id, optional: false }),
    user: r.one.users({ from: r.enrollments.userId, to: r.users.id, optional: false }),
    certificate: r.one.certificates({
      from: [r.enrollments.pathId, r.enrollments.userId],
      to: [r.certificates.pathId, r.certificates.userId],
    }),
    assignedBy: r.one.users({
      from: r.enrollments.assignedById,
      to: r.users.id,
      alias: 'enrollmentAssigner',
    }),
  },
  quizAttempts: {
    quiz: r.one.quizzes({ from: r.quizAttempts.quizId, to: r.quizzes.id, optional: false }),
    user: r.one.users({ from: r.quizAttempts.userId, to: r.users.id, optional: false }),
  },
  certificates: {
    path: r.one.learningPaths({ from: r.certificates.pathId, to: r.learningPaths.id, optional: false }),
    user: r.one.users({ from: r.certificates.userId, to: r.users.id, optional: false }),
  },
  events: {
    community: r.one.communities({ from: r.events.communityId, to: r.communities.id }),
    createdBy: r.one.users({ from: r.events.createdById, to: r.users.id }),
    organisers: r.many.users({
      from: r.events.id.through(r.eventOrganisers.eventId),
      to: r.users.id.through(r.eventOrganisers.userId),
    }),
    answers: r.many.eventAnswers(),
    invitations: r.many.eventInvitations(),
    livePosts: r.many.posts({ from: r.events.id, to: r.posts.eventId }),
  },
  eventAnswers: {
    event: r.one.events({ from: r.eventAnswers.eventId, to: r.events.id, optional: false }),
    user: r.one.users({ from: r.eventAnswers.userId, to: r.users.id, optional: false }),
  },
  projects: {
    community: r.one.communities({ from: r.projects.communityId, to: r.communities.id, optional: false }),
    sponsor: r.one.users({ from: r.projects.sponsorId, to: r.users.id }),
    owner: r.one.users({ from: r.projects.ownerId, to: r.users.id }),
    statusUpdates: r.many.statusUpdates(),
    milestones: r.many.milestones(),
    tasks: r.many.tasks(),
  },
  statusUpdates: {
    project: r.one.projects({ from: r.statusUpdates.projectId, to: r.projects.communityId, optional: false }),
    author: r.one.users({ from: r.statusUpdates.authorId, to: r.users.id }),
    post: r.one.posts({ from: r.statusUpdates.postId, to: r.posts.id }),
  },
  milestones: {
    project: r.one.projects({ from: r.milestones.projectId, to: r.projects.communityId, optional: false }),
  },
  tasks: {
    project: r.one.projects({ from: r.tasks.projectId, to: r.projects.communityId, optional: false }),
    assignee: r.one.users({ from: r.tasks.assigneeId, to: r.users.id }),
    createdBy: r.one.users({ from: r.tasks.createdById, to: r.users.id }),
  },
  eventInvitations: {
    event: r.one.events({ from: r.eventInvitations.eventId, to: r.events.id, optional: false }),
    user: r.one.users({ from: r.eventInvitations.userId, to: r.users.id }),
    community: r.one.communities({ from: r.eventInvitations.communityId, to: r.communities.id }),
    orgUnit: r.one.orgUnits({ from: r.eventInvitations.orgUnitId, to: r.orgUnits.id }),
  },
  questions: {
    post: r.one.posts({ from: r.questions.postId, to: r.posts.id, optional: false }),
    community: r.one.communities({ from: r.questions.communityId, to: r.communities.id, optional: false }),
    askedBy: r.one.users({ from: r.questions.askedById, to: r.users.id, optional: false }),
    acceptedAnswer: r.one.comments({ from: r.questions.acceptedAnswerId, to: r.comments.id }),
    answers: r.many.comments({ from: r.questions.postId, to: r.comments.postId }),
    skills: r.many.skills({
      from: r.questions.postId.through(r.questionSkills.postId),
      to: r.skills.id.through(r.questionSkills.skillId),
    }),
  },
  answerVotes: {
    comment: r.one.comments({ from: r.answerVotes.commentId, to: r.comments.id, optional: false }),
  },
  userSkills: {
    user: r.one.users({ from: r.userSkills.userId, to: r.users.id, optional: false }),
    skill: r.one.skills({ from: r.userSkills.skillId, to: r.skills.id, optional: false }),
    endorsements: r.many.skillEndorsements({
      from: [r.userSkills.userId, r.userSkills.skillId],
      to: [r.skillEndorsements.userId, r.skillEndorsements.skillId],
    }),
  },
  skillEndorsements: {
    endorser: r.one.users({ from: r.skillEndorsements.endorserId, to: r.users.id, optional: false }),
    skill: r.one.skills({ from: r.skillEndorsements.skillId, to: r.skills.id, optional: false }),
  },
}));
