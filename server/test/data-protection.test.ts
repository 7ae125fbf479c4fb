import { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRetention, retentionDays } from '../src/data-processing/retention';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { testPluginSource } from './support/test-plugin/source';

let app: TestApp;
let admin: SignedInClient;

beforeAll(async () => {
  app = await createTestApp({ plugins: [testPluginSource] });
  admin = await app.signedIn(['admin'], { locale: 'fr' });
});
afterAll(() => app.close());

const RECORDS = `query { dataProcessingRecords {
  id packageId name purpose legalBasis dataSubjects dataCategories retention recipients } }`;

describe('the record of processing activities', () => {
  it('lists the core’s activities then each plugin’s, in the viewer’s language', async () => {
    const { dataProcessingRecords } = await admin.data(RECORDS);
    const ids = dataProcessingRecords.map((r: any) => r.id);
    expect(ids).toContain('core:accounts');
    expect(ids.at(-1)).toBe('test:notes');
    expect(dataProcessingRecords.at(-1)).toEqual({
      id: 'test:notes',
      packageId: 'test',
      name: 'Notes de test',
      purpose: 'Vérifier le contrat',
      legalBasis: 'CONSENT',
      dataSubjects: 'Testeurs',
      dataCategories: ['Texte des notes'],
      retention: 'Une semaine',
      recipients: 'Personne',
    });
    for (const record of dataProcessingRecords)
      for (const field of ['name', 'purpose', 'retention', 'recipients']) expect(record[field]).not.toBe('');
    const english = await app.signedIn(['admin'], { locale: 'en' });
    const { dataProcessingRecords: inEnglish } = await english.data(RECORDS);
    expect(inEnglish[0].name).toBe('Accounts and directory');
  });

  it('is for admins only', async () => {
    const member = await app.signedIn();
    const refused = await member.gql(RECORDS);
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
    const anonymous = await app.client().gql(RECORDS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('retention', () => {
  it('deletes audit entries and read notifications past their period, and keeps the rest', async () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const { db } = app.services;
    await db.execute(sql`delete from audit_log`);
    await db.insert(schema.auditLog).values([
      { action: 'old', subjectType: 'test', createdAt: daysBefore(retentionDays.auditLog + 1) },
      { action: 'recent', subjectType: 'test', createdAt: daysBefore(retentionDays.auditLog - 1) },
    ]);
    await db.insert(schema.notifications).values([
      { recipientId: admin.user.id, kind: 'plugin', readAt: daysBefore(retentionDays.readNotifications + 1) },
      { recipientId: admin.user.id, kind: 'plugin', readAt: daysBefore(1) },
      { recipientId: admin.user.id, kind: 'plugin', readAt: null, createdAt: daysBefore(400).toISOString() },
    ]);
    const deleted = await applyRetention(db, now);
    expect(deleted).toMatchObject({ auditLog: 1, readNotifications: 1 });
    const audit = await db.select({ action: schema.auditLog.action }).from(schema.auditLog);
    expect(audit.map((a) => a.action)).toEqual(['recent']);
    expect(await db.$count(schema.notifications, sql`recipient_id = ${admin.user.id}`)).toBe(2);
  });
});
