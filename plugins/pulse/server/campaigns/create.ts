import { schema as core, type Db } from '@levain/db';
import { audit, ValidationError } from '@levain/server/plugin';
import { and, inArray, isNull } from 'drizzle-orm';
import { type PulseAudience, pulseCampaigns } from '../../db/schema';
import { asCampaignQuestion, loadLibrary } from '../library/library';
import { standardQuestions } from '../library/questions';
import { loadSettings } from '../settings';
import { type Cadence, periodCount } from './cadence';
import { isUuid } from './store';

export type CampaignInput = {
  title: string;
  opensAt: Date;
  closesAt: Date;
  questionIds?: string[] | null;
  cadence?: Cadence | null;
  audience?: Partial<PulseAudience> | null;
  pulseSize?: number | null;
  windowDays?: number | null;
  reminderDays?: number[] | null;
  askComment?: boolean | null;
};

const MAX_DAYS = 2 * 366;
const DAY_MS = 86_400_000;
const fail = (field: string, key: string, params?: Record<string, string | number>) =>
  ValidationError.field(field, `pulse:${key}`, params);

async function checkAudience(
  db: Db,
  audience: Partial<PulseAudience> | null | undefined,
): Promise<PulseAudience> {
  const orgUnitIds = [...new Set(audience?.orgUnitIds ?? [])];
  const communityIds = [...new Set(audience?.communityIds ?? [])];
  const everyone = audience?.everyone ?? (!orgUnitIds.length && !communityIds.length);
  if (orgUnitIds.length + communityIds.length > 200)
    throw fail('audience', 'validation.audienceTooLarge', { max: 200 });
  if (!everyone && !orgUnitIds.length && !communityIds.length)
    throw fail('audience', 'validation.emptyAudience');
  if (orgUnitIds.some((id) => !isUuid(id))) throw fail('audience.orgUnitIds', 'validation.unknownOrgUnit');
  if (communityIds.some((id) => !isUuid(id)))
    throw fail('audience.communityIds', 'validation.unknownCommunity');
  if (orgUnitIds.length) {
    const found = await db
      .select({ id: core.orgUnits.id })
      .from(core.orgUnits)
      .where(inArray(core.orgUnits.id, orgUnitIds));
    if (found.length !== orgUnitIds.length) throw fail('audience.orgUnitIds', 'validation.unknownOrgUnit');
  }
  if (communityIds.length) {
    const found = await db
      .select({ id: core.communities.id })
      .from(core.communities)
      .where(and(inArray(core.communities.id, communityIds), isNull(core.communities.deletedAt)));
    if (found.length !== communityIds.length)
      throw fail('audience.communityIds', 'validation.unknownCommunity');
  }
  return { everyone, orgUnitIds, communityIds };
}

/** Checks what HR asked for, field by field, then schedules the campaign. Returns its id. */
export async function createCampaign(
  db: Db,
  actorId: string,
  input: CampaignInput,
  now: Date,
): Promise<string> {
  const { title, opensAt, closesAt } = input;
  if (closesAt <= opensAt) throw fail('closesAt', 'validation.closesBeforeOpens');
  if (closesAt <= now) throw fail('closesAt', 'validation.closesInPast');
  if (closesAt.getTime() - opensAt.getTime() > MAX_DAYS * DAY_MS)
    throw fail('closesAt', 'validation.tooLong');
  const pulseSize = input.pulseSize ?? 5;
  if (!Number.isInteger(pulseSize) || pulseSize < 1 || pulseSize > 5)
    throw fail('pulseSize', 'validation.pulseSize');
  const windowDays = input.windowDays ?? null;
  if (windowDays !== null && (windowDays < 1 || windowDays > 31))
    throw fail('windowDays', 'validation.windowDays');
  const reminderDays = [...new Set(input.reminderDays ?? [3])].sort((a, b) => a - b);
  if (reminderDays.length > 5 || reminderDays.some((d) => d < 1 || d > 30))
    throw fail('reminderDays', 'validation.reminderDays');

  let questions = standardQuestions;
  if (input.questionIds) {
    const ids = input.questionIds;
    if (!ids.length) throw fail('questionIds', 'validation.noQuestion');
    if (ids.length > 60 || new Set(ids).size !== ids.length)
      throw fail('questionIds', 'validation.duplicateQuestion');
    const library = new Map((await loadLibrary(db)).filter((q) => !q.archived).map((q) => [q.id, q]));
    const unknown = ids.find((id) => !library.has(id));
    if (unknown) throw fail('questionIds', 'validation.unknownQuestion', { id: unknown.slice(0, 80) });
    questions = ids.map((id) => asCampaignQuestion(library.get(id)!));
  }
  const audience = await checkAudience(db, input.audience);
  const cadence = input.cadence ?? 'once';
  if (periodCount({ opensAt, closesAt, cadence, windowDays }) > 120)
    throw fail('closesAt', 'validation.tooLong');
  const settings = await loadSettings(db);

  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(pulseCampaigns)
      .values({
        title,
        opensAt,
        closesAt,
        questions,
        cadence,
        audience,
        pulseSize,
        windowDays,
        reminderDays,
        askComment: input.askComment ?? true,
        minGroupSize: settings.minGroupSize,
        commentMinGroupSize: settings.commentMinGroupSize,
        createdBy: actorId,
      })
      .returning({ id: pulseCampaigns.id });
    await audit(tx, actorId, 'pulse.campaign-created', 'pulse-campaign', created!.id, { title, cadence });
    return created!.id;
  });
}
