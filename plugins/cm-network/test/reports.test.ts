import { schema } from '@levain/db';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmReports } from '../db/schema';
import { cmNetworkApp, gid, seedDataset } from './dataset';

const REPORTS = `query($month: String!) {
  cmReports(month: $month) {
    month dueAt
    lines { orgUnit { name } holder { name } pending late report { id status highlights reviewComment } }
    mine { orgUnit { name } report { status } }
    late { orgUnit { name } }
    rollup { country { name } expected submitted validated returned pending late }
  }
}`;
const SUBMIT = `mutation($month: String!, $highlights: String!, $requests: String!, $recommendations: String!) {
  submitCmReport(month: $month, highlights: $highlights, requests: $requests, recommendations: $recommendations) {
    __typename
    ... on MutationSubmitCmReportSuccess { data { id status highlights author { name } } }
    ... on ValidationError { issues { field message } }
  }
}`;
const VALIDATE = `mutation($reportId: ID!, $comment: String) {
  validateCmReport(reportId: $reportId, comment: $comment) {
    __typename
    ... on MutationValidateCmReportSuccess { data { status reviewComment reviewer { name } } }
    ... on ValidationError { issues { field message } }
  }
}`;
const RETURN = `mutation($reportId: ID!, $comment: String!) {
  returnCmReport(reportId: $reportId, comment: $comment) {
    __typename
    ... on MutationReturnCmReportSuccess { data { status reviewComment } }
    ... on ValidationError { issues { field message } }
  }
}`;
const CREATE = `mutation($orgUnitId: ID!, $kind: CommunityManagerRoleKind!, $timeBasis: CmTimeBasis!, $share: Int) {
  createCmPosition(orgUnitId: $orgUnitId, kind: $kind, timeBasis: $timeBasis, shareOfTimePercent: $share) {
    ... on MutationCreateCmPositionSuccess { data { id } }
  }
}`;
const ASSIGN = `mutation($positionId: ID!, $userId: ID) {
  assignCmPosition(positionId: $positionId, userId: $userId) { __typename }
}`;

let app: TestApp;
let chief: SignedInClient;
let countryCm: SignedInClient;
let partTimeCm: SignedInClient;
let ukCm: SignedInClient;
let employee: SignedInClient;
let data: Awaited<ReturnType<typeof seedDataset>>;

const text = {
  highlights: 'Lancement du défi photo',
  requests: '3 demandes de la RH',
  recommendations: 'Plus de vidéos',
};
const open = async (orgUnitId: string, kind: string, share: number | null, holder: SignedInClient) => {
  const created = await chief.data(CREATE, {
    orgUnitId: gid('OrgUnit', orgUnitId),
    kind,
    timeBasis: share === null ? 'FULL_TIME' : 'PART_TIME',
    share,
  });
  await chief.data(ASSIGN, {
    positionId: created.createCmPosition.data.id,
    userId: gid('User', holder.user.id),
  });
};
const reportRows = async () => app.services.db.select().from(cmReports);

beforeAll(async () => {
  app = await cmNetworkApp();
  data = await seedDataset(app);
  chief = await app.signedIn(['chief_cm'], { name: 'Chief', locale: 'fr' });
  countryCm = await app.signedIn([], { name: 'Country CM' });
  partTimeCm = await app.signedIn([], { name: 'Part-time CM', locale: 'en' });
  ukCm = await app.signedIn([], { name: 'UK CM' });
  employee = await app.signedIn();
  await open(data.units.fr, 'country', null, countryCm);
  await open(data.units.frMarketing, 'manager_part_time', 20, partTimeCm);
  await open(data.units.uk, 'country', null, ukCm);
}, 120_000);
afterAll(() => app.close());

describe('the monthly report cycle', () => {
  it('refuses a malformed or future month and a report without highlights, writing nothing', async () => {
    const issues = async (variables: Record<string, string>) =>
      (await partTimeCm.data(SUBMIT, { month: '2025-03', ...text, ...variables })).submitCmReport.issues;
    expect(await issues({ month: '2025-3' })).toEqual([
      { field: 'month', message: 'Give the month as YYYY-MM, for example 2026-03.' },
    ]);
    expect(await issues({ month: '2999-01' })).toEqual([
      { field: 'month', message: 'This month has not started yet: choose the current month or a past one.' },
    ]);
    expect(await issues({ highlights: '  ' })).toEqual([
      { field: 'highlights', message: 'Give at least the month’s highlights.' },
    ]);
    expect(await reportRows()).toEqual([]);
    const refused = (await employee.data(SUBMIT, { month: '2025-03', ...text })).submitCmReport;
    expect(refused.__typename).toBe('NotAllowedError');
  });

  it('lists every held position with its report, the late ones and the roll-up', async () => {
    const submitted = (await partTimeCm.data(SUBMIT, { month: '2025-03', ...text })).submitCmReport;
    expect(submitted).toMatchObject({
      __typename: 'MutationSubmitCmReportSuccess',
      data: { status: 'SUBMITTED', highlights: text.highlights, author: { name: 'Part-time CM' } },
    });
    const cycle = (await chief.data(REPORTS, { month: '2025-03' })).cmReports;
    expect(cycle.dueAt).toBe('2025-04-05T00:00:00.000Z');
    expect(
      cycle.lines.map((l: any) => [
        l.orgUnit.name,
        l.holder.name,
        l.report?.status ?? null,
        l.pending,
        l.late,
      ]),
    ).toEqual([
      ['France', 'Country CM', null, true, true],
      ['United Kingdom', 'UK CM', null, true, true],
      ['Marketing France', 'Part-time CM', 'SUBMITTED', false, false],
    ]);
    expect(cycle.late.map((l: any) => l.orgUnit.name)).toEqual(['France', 'United Kingdom']);
    expect(cycle.mine).toEqual([]);
    const tally = (name: string | null, expected: number, submitted: number, pending: number) => ({
      country: name && { name },
      expected,
      submitted,
      validated: 0,
      returned: 0,
      pending,
      late: pending,
    });
    expect(cycle.rollup).toEqual([
      tally(null, 3, 1, 2),
      tally('France', 2, 1, 1),
      tally('United Kingdom', 1, 0, 1),
    ]);
  });

  it('shows a country CM their country, a part-time CM their own, an employee nothing', async () => {
    const names = async (client: SignedInClient) =>
      (await client.data(REPORTS, { month: '2025-03' })).cmReports.lines.map((l: any) => l.orgUnit.name);
    expect(await names(countryCm)).toEqual(['France', 'Marketing France']);
    expect(await names(partTimeCm)).toEqual(['Marketing France']);
    expect(await names(ukCm)).toEqual(['United Kingdom']);
    const mine = (await partTimeCm.data(REPORTS, { month: '2025-03' })).cmReports.mine;
    expect(mine).toEqual([{ orgUnit: { name: 'Marketing France' }, report: { status: 'SUBMITTED' } }]);
    const refused = await employee.gql(REPORTS, { month: '2025-03' });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_ALLOWED']);
  });

  it('lets the chief CM return a report with a comment, then validate it; a validated report is final', async () => {
    const again = (await partTimeCm.data(SUBMIT, { month: '2025-03', ...text })).submitCmReport;
    expect(again.issues).toEqual([
      {
        field: 'month',
        message: 'This month’s report is already submitted: wait for the chief CM to validate or return it.',
      },
    ]);
    const [row] = await reportRows();
    const reportId = row!.id;
    expect((await countryCm.data(VALIDATE, { reportId })).validateCmReport.__typename).toBe(
      'NotAllowedError',
    );
    expect((await chief.data(RETURN, { reportId, comment: ' ' })).returnCmReport.issues).toEqual([
      { field: 'comment', message: 'Dites au CM ce qu’il faut reprendre avant de lui renvoyer son rapport.' },
    ]);
    const returned = (await chief.data(RETURN, { reportId, comment: 'Chiffrez les demandes' }))
      .returnCmReport;
    expect(returned.data).toEqual({ status: 'RETURNED', reviewComment: 'Chiffrez les demandes' });
    const pending = (await chief.data(REPORTS, { month: '2025-03' })).cmReports;
    expect(pending.rollup[0]).toMatchObject({ returned: 1, pending: 3, late: 3 });

    const resubmitted = (
      await partTimeCm.data(SUBMIT, {
        month: '2025-03',
        ...text,
        requests: '3 demandes RH, 2 contacts presse',
      })
    ).submitCmReport;
    expect(resubmitted.data.status).toBe('SUBMITTED');
    const validated = (await chief.data(VALIDATE, { reportId, comment: 'Merci' })).validateCmReport;
    expect(validated.data).toEqual({
      status: 'VALIDATED',
      reviewComment: 'Merci',
      reviewer: { name: 'Chief' },
    });
    expect((await chief.data(VALIDATE, { reportId })).validateCmReport.issues).toEqual([
      { field: 'reportId', message: 'Ce rapport n’attend pas de relecture : il n’a pas été soumis.' },
    ]);
    expect((await partTimeCm.data(SUBMIT, { month: '2025-03', ...text })).submitCmReport.issues).toEqual([
      { field: 'month', message: 'This month’s report is validated: it can no longer change.' },
    ]);
    const [final] = await reportRows();
    expect(final).toMatchObject({ status: 'validated', requests: '3 demandes RH, 2 contacts presse' });
    const told = await app.services.db
      .select({ data: schema.notifications.data })
      .from(schema.notifications)
      .where(eq(schema.notifications.recipientId, partTimeCm.user.id));
    expect(told.map((n) => (n.data as { message: string }).message).sort()).toEqual([
      'cm-network:notification.reportReturned',
      'cm-network:notification.reportValidated',
    ]);
  });

  it('reads the cycle in the same number of statements for 3 positions and for 13', async () => {
    const cost = async () => {
      await chief.data('{ plugins { id } }');
      app.queries.length = 0;
      const cycle = (await chief.data(REPORTS, { month: '2025-03' })).cmReports;
      return { lines: cycle.lines.length, statements: app.queries.length };
    };
    const small = await cost();
    for (let i = 0; i < 10; i++)
      await open(data.units.frSales, 'manager_part_time', 10, await app.signedIn([], { name: `CM ${i}` }));
    const large = await cost();
    expect({ small: small.lines, large: large.lines }).toEqual({ small: 3, large: 13 });
    expect(large.statements).toBe(small.statements);
  });
});
