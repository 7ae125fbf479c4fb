import { type Db, queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';
import { cycleLength } from '../campaigns/rotation';
import type { Campaign } from '../campaigns/store';
import type { DimensionKey } from '../library/dimensions';
import type { PulseQuestion } from '../library/questions';
import { outcomeQuestion } from './aggregate';
import { dimensionsOf, resultsPeriod } from './heatmap';
import { type ClosedPeriod, type GroupRow, indexRows, loadGroupRows, rowKey } from './read';
import type { HiddenReason } from './release';
import { type DimensionCell, dimensionCell, groupRisk, snapshotWindow } from './snapshot';
import {
  type Estimate,
  enps,
  favourableCount,
  type Histogram,
  histogramTotal,
  meanEstimate,
  share,
} from './statistics';

export type QuestionResult = {
  question: PulseQuestion;
  period: number;
  responseCount: number | null;
  hiddenReason: HiddenReason | null;
  histogram: Histogram | null;
  mean: Estimate | null;
  favourable: Estimate | null;
  enps: Estimate | null;
};
export type TrendPoint = {
  period: ClosedPeriod;
  responseCount: number | null;
  score: Estimate | null;
  hiddenReason: HiddenReason | null;
};
export type Driver = { question: PulseQuestion; period: number; correlation: number; responseCount: number };

export type GroupResultView = {
  campaign: Campaign;
  unitId: string;
  filterKey: string;
  period: ClosedPeriod | null;
  responseCount: number | null;
  invitedCount: number | null;
  hiddenReason: HiddenReason | null;
  dimensions: DimensionCell[];
  questions: QuestionResult[];
  trends: { dimension: DimensionKey; points: TrendPoint[] }[];
  drivers: Driver[];
  riskIndex: number | null;
  commentsVisible: boolean;
};

function questionResult(question: PulseQuestion, period: number, row: GroupRow | undefined): QuestionResult {
  const histogram = row?.hiddenReason ? null : (row?.histograms?.[question.id] ?? null);
  if (!row || !histogram)
    return {
      question,
      period,
      responseCount: null,
      hiddenReason: row?.hiddenReason ?? 'TOO_FEW_ANSWERS',
      histogram: null,
      mean: null,
      favourable: null,
      enps: null,
    };
  return {
    question,
    period,
    responseCount: row.responseCount,
    hiddenReason: null,
    histogram,
    mean: meanEstimate(question, histogram),
    favourable: share(favourableCount(question, histogram), histogramTotal(histogram)),
    enps: question.scale === 'nps' ? enps(histogram) : null,
  };
}

/**
 * Everything about one group (org unit × filter) at a pulse: the group as a whole, each dimension
 * and question from the latest pulse that asked it, trends over every closed pulse, drivers.
 * Every number comes from pulse_group_results, computed under the anonymity rules.
 */
export async function buildGroupResult(
  db: Db,
  campaign: Campaign,
  unitId: string,
  filterKey: string,
  period: number | null | undefined,
): Promise<GroupResultView> {
  const { periods, at } = await resultsPeriod(db, campaign, period);
  const empty = {
    campaign,
    unitId,
    filterKey,
    period: at,
    dimensions: [],
    questions: [],
    trends: [],
    drivers: [],
  };
  if (!at)
    return {
      ...empty,
      responseCount: null,
      invitedCount: null,
      hiddenReason: null,
      riskIndex: null,
      commentsVisible: false,
    };
  const upTo = periods.filter((p) => p.index <= at.index);
  const rows = indexRows(
    await loadGroupRows(
      db,
      campaign.id,
      upTo.map((p) => p.index),
      filterKey,
      [unitId],
    ),
  );
  const window = snapshotWindow(periods, at.index, cycleLength(campaign.questions, campaign.pulseSize));
  const group = rows.get(rowKey(at.index, unitId));
  const dimensions = dimensionsOf(campaign)
    .map((d) => dimensionCell(campaign.questions, window, rows, unitId, d))
    .filter((c): c is DimensionCell => !!c);
  const questions = campaign.questions.flatMap((question) => {
    const asked = window.find((p) => p.questionIds.includes(question.id));
    return asked ? [questionResult(question, asked.index, rows.get(rowKey(asked.index, unitId)))] : [];
  });
  const trends = dimensionsOf(campaign).map((dimension) => ({
    dimension,
    points: upTo.flatMap((p): TrendPoint[] => {
      const cell = dimensionCell(campaign.questions, [p], rows, unitId, dimension);
      return cell
        ? [
            {
              period: p,
              responseCount: cell.responseCount,
              score: cell.score,
              hiddenReason: cell.hiddenReason,
            },
          ]
        : [];
    }),
  }));
  const outcome = outcomeQuestion(campaign.questions);
  const drivers = campaign.questions.flatMap((question): Driver[] => {
    if (question === outcome) return [];
    const asked = window.find((p) => p.questionIds.includes(question.id));
    const row = asked && rows.get(rowKey(asked.index, unitId));
    const correlation = row?.drivers?.[question.id];
    return asked && row && correlation != null
      ? [{ question, period: asked.index, correlation, responseCount: row.responseCount! }]
      : [];
  });
  const risk = groupRisk(new Map(dimensions.map((c) => [c.dimension, c])));
  return {
    ...empty,
    dimensions,
    questions,
    trends,
    drivers: drivers.toSorted((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation)),
    responseCount: group?.hiddenReason ? null : (group?.responseCount ?? null),
    invitedCount: group?.invitedCount ?? null,
    hiddenReason: group ? group.hiddenReason : 'TOO_FEW_ANSWERS',
    riskIndex: risk?.riskIndex ?? null,
    commentsVisible: !!group?.commentsVisible,
  };
}

/** The comments of a group shown (ten people or more), in a new random order each time. */
export async function commentsOf(
  db: Db,
  campaignId: string,
  period: number,
  unitId: string,
): Promise<string[]> {
  const rows = await queryRows<{ body: string }>(
    db,
    sql`select body from pulse_comments where campaign_id = ${campaignId} and period = ${period}
      and ${unitId}::uuid = any(org_path) order by random() limit 200`,
  );
  return rows.map((r) => r.body);
}
