import { ErrorFields, graphql, type ResultOf } from '../../lib/graphql/graphql';

/** One line of the agenda. */
export const AgendaEventFields = graphql(`
  fragment AgendaEventFields on Event @_unmask {
    id
    title
    startsAt
    endsAt
    timeZone
    allDay
    location
    onlineUrl
    cancelledAt
    capacity
    seatsTaken
    viewerAnswer
    community { id slug name }
  }
`);

export const AgendaEvents = graphql(
  `
  query AgendaEvents($from: DateTime!, $to: DateTime!, $after: String) {
    events(from: $from, to: $to, first: 30, after: $after) {
      edges { node { ...AgendaEventFields occurrences(from: $from, to: $to) { startsAt endsAt } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [AgendaEventFields],
);

const EventPageFields = graphql(
  `
  fragment EventPageFields on Event @_unmask {
    ...AgendaEventFields
    description
    recurrence
    lastEndsAt
    icsUrl
    viewerCanManage
    checkInCode
    viewerAttendance { guests waitlistPosition checkedInAt }
    organisers { id name }
    attendees(first: 50) { edges { node { answer guests checkedInAt user { id name avatarUrl } } } }
  }
`,
  [AgendaEventFields],
);

export const EventPage = graphql(
  `
  query EventPage($id: ID!) {
    event(id: $id) { ...EventPageFields }
  }
`,
  [EventPageFields],
);

export const AnswerEvent = graphql(
  `
  mutation AnswerEvent($eventId: ID!, $answer: EventAnswer!, $guests: Int) {
    answerEvent(eventId: $eventId, answer: $answer, guests: $guests) {
      __typename
      ... on MutationAnswerEventSuccess { data { ...EventPageFields } }
      ...ErrorFields
    }
  }
`,
  [EventPageFields, ErrorFields],
);

export const CheckIn = graphql(
  `
  mutation CheckIn($eventId: ID!, $code: String, $userId: ID) {
    checkIn(eventId: $eventId, code: $code, userId: $userId) {
      __typename
      ... on MutationCheckInSuccess { data { checkedInAt } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export type AgendaEventData = ResultOf<typeof AgendaEventFields>;
export type EventPageData = NonNullable<ResultOf<typeof EventPage>['event']>;
export type EventAnswerValue = NonNullable<AgendaEventData['viewerAnswer']>;
export const eventAnswers = ['going', 'maybe', 'declined'] as const satisfies readonly EventAnswerValue[];

const EventFormFields = graphql(`
  fragment EventFormFields on Event @_unmask {
    id
    title
    description
    startsAt
    endsAt
    timeZone
    allDay
    recurrence
    location
    onlineUrl
    capacity
    reminderMinutes
    viewerCanManage
    cancelledAt
    organisers { id name avatarUrl }
  }
`);

export const EventToEdit = graphql(
  `
  query EventToEdit($id: ID!) {
    event(id: $id) { ...EventFormFields }
  }
`,
  [EventFormFields],
);

export const CreateEvent = graphql(
  `
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      __typename
      ... on MutationCreateEventSuccess { data { id } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const UpdateEvent = graphql(
  `
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      __typename
      ... on MutationUpdateEventSuccess { data { id } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const CancelEvent = graphql(
  `
  mutation CancelEvent($id: ID!) {
    cancelEvent(id: $id) {
      __typename
      ... on MutationCancelEventSuccess { data { id cancelledAt } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

/** What organisers see besides the page: the waiting list, invitations and the CSV export. */
export const EventOrganiserLists = graphql(`
  query EventOrganiserLists($id: ID!) {
    event(id: $id) {
      id
      answersCsvUrl
      waitlist(first: 50) { edges { node { waitlistPosition guests user { id name avatarUrl } } } }
      invitations(first: 50) { edges { node { user { id name } community { id name } orgUnit { id name } } } }
    }
  }
`);

export type EventOrganiserListsData = NonNullable<ResultOf<typeof EventOrganiserLists>['event']>;

export const InviteToEvent = graphql(
  `
  mutation InviteToEvent($eventId: ID!, $userIds: [ID!], $communityIds: [ID!], $orgUnitIds: [ID!]) {
    inviteToEvent(eventId: $eventId, userIds: $userIds, communityIds: $communityIds, orgUnitIds: $orgUnitIds) {
      __typename
      ... on MutationInviteToEventSuccess { data { id } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);
