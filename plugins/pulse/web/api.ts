/** The pulse plugin's GraphQL documents and the shapes of their answers. */
export type Question = {
  id: string;
  text: string;
  scale: 'likert' | 'nps' | 'choice';
  min: number;
  max: number;
  choices: string[];
};
export type OpenPulse = {
  campaignId: string;
  title: string;
  closesAt: string;
  askComment: boolean;
  minGroupSize: number;
  questions: Question[];
};
export type HiddenReason = 'TOO_FEW_ANSWERS' | 'COMPLEMENT' | null;
export type Dimension = { key: string; name: string };
export type Period = { index: number; number: number; closesAt: string };
export type CampaignSummary = {
  id: string;
  title: string;
  status: 'scheduled' | 'open' | 'closed';
  closedPeriods: Period[];
};
export type HeatmapCell = {
  dimension: { key: string };
  responseCount: number | null;
  score: number | null;
  hiddenReason: HiddenReason;
};
export type HeatmapRow = {
  orgUnit: { id: string; name: string };
  depth: number;
  responseCount: number | null;
  hiddenReason: HiddenReason;
  riskIndex: number | null;
  childCount: number;
  cells: HeatmapCell[];
};
export type Heatmap = {
  period: Period | null;
  dimensions: Dimension[];
  path: { id: string; name: string }[];
  rows: HeatmapRow[];
};
export type Issue = { field: string; message: string };
export type Outcome = { __typename: string; message?: string; issues?: Issue[] };

export const MY_PULSE = `{ myPulse { campaignId title closesAt askComment minGroupSize
  questions { id text scale min max choices } } }`;

export const ANSWER = `mutation($campaignId: ID!, $answers: [PulseAnswerInput!]!, $comment: String) {
  answerPulse(campaignId: $campaignId, answers: $answers, comment: $comment) {
    __typename
    ... on Error { message }
    ... on ValidationError { issues { field message } }
  }
}`;

export const CAMPAIGNS = '{ pulseCampaigns { id title status closedPeriods { index number closesAt } } }';

export const HEATMAP = `query($campaignId: ID!, $period: Int, $filters: PulseFilters, $orgUnitId: ID) {
  pulseHeatmap(campaignId: $campaignId, period: $period, filters: $filters, orgUnitId: $orgUnitId) {
    period { index number closesAt }
    dimensions { key name }
    path { id name }
    rows { orgUnit { id name } depth responseCount hiddenReason riskIndex childCount
      cells { dimension { key } responseCount score hiddenReason } }
  }
}`;

export const CSV = `query($campaignId: ID!, $period: Int, $filters: PulseFilters) {
  pulseResultsCsv(campaignId: $campaignId, period: $period, filters: $filters)
}`;

export const TEAM_ACTIONS =
  '{ pulseTeamActions { id title finding status dueOn steps { text done } orgUnit { name } } }';

export type ActionPlan = {
  id: string;
  title: string;
  finding: string;
  status: 'planned' | 'in_progress' | 'done';
  dueOn: string;
  orgUnit: { name: string } | null;
  owner?: { name: string } | null;
  steps: { text: string; done: boolean }[];
};
