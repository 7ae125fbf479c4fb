import { graphql, type ResultOf } from '../../lib/graphql/graphql';

/*
 * The API's cost limit (graphql-armor) weighs every field by its depth, and each fragment spread
 * adds a level: feed pages stay under it by keeping these fragments flat (no nested spreads) and
 * by leaving out what only an edit needs (the Markdown source is asked for when editing).
 */

export const CommentFields = graphql(`
  fragment CommentFields on Comment @_unmask {
    id
    bodyHtml
    createdAt
    editedAt
    replyCount
    reactionCount
    reactionSummary { kind count }
    viewerReaction
    viewerCanEdit
    viewerCanDelete
    author { id name avatarUrl }
  }
`);

export const PollFields = graphql(`
  fragment PollFields on Poll @_unmask {
    closed
    closesAt
    multipleChoice
    resultsVisible
    voterCount
    options { id label viewerChose voteCount }
  }
`);

/** Everything a post card shows, asked in the one query of a feed page. */
export const PostFields = graphql(`
  fragment PostFields on Post @_unmask {
    id
    publishedAt
    editedAt
    status
    pinned
    isAnnouncement
    question { id answered }
    bodyHtml
    language
    translation { language bodyHtml }
    commentCount
    reactionCount
    reactionSummary { kind count }
    viewerReaction
    viewerBookmarked
    viewerCanEdit
    viewerCanDelete
    viewerCanInteract
    viewerCanModerate
    rejectionReason
    moderationNotice { action reason ruleLabel citations { label text } createdAt }
    author { id name title avatarUrl }
    community { id slug name }
    profileUser { id name }
    attachments { id kind name sizeBytes url displayUrl width height }
    poll { closed closesAt multipleChoice resultsVisible voterCount options { id label viewerChose voteCount } }
    acknowledgement { acknowledgedCount audienceCount rate viewerAcknowledged }
    sharedPost {
      id
      bodyHtml
      publishedAt
      author { id name avatarUrl }
      community { slug name }
      profileUser { id }
      attachments { id kind name url displayUrl }
    }
    firstComments {
      id
      bodyHtml
      createdAt
      editedAt
      replyCount
      reactionCount
      reactionSummary { kind count }
      viewerReaction
      viewerCanEdit
      viewerCanDelete
      author { id name avatarUrl }
    }
  }
`);

export type PostData = ResultOf<typeof PostFields>;
export type CommentData = ResultOf<typeof CommentFields>;
export type AttachmentData = PostData['attachments'][number];
export type SharedAttachmentData = NonNullable<PostData['sharedPost']>['attachments'][number];
export type PollData = ResultOf<typeof PollFields>;
export type SharedPostData = NonNullable<PostData['sharedPost']>;
export type ReactionKind = PostData['reactionSummary'][number]['kind'];

/** In the order the reaction bar shows them. */
export const reactionKinds = [
  'like',
  'bravo',
  'support',
  'insightful',
  'curious',
] as const satisfies readonly ReactionKind[];
