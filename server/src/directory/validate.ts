import { z } from 'zod';
import type { FieldIssue } from '../errors';
import type { MessageKey } from '../i18n/messages';
import { describeLoop, findLoops } from './cycles';
import type { DirectoryColumn, DirectoryRow, ParsedDirectory } from './parse';
import { type DirectorySnapshot, type OrgUnitKind, orgUnitKinds } from './snapshot';

/** What the file says about one org unit, merged over every line that mentions it. */
export type OrgUnitDefinition = { line: number; name: string; kind: OrgUnitKind | ''; parent: string };

const MAX = { email: 320, name: 120, title: 120, code: 100, orgUnitName: 200 } as const;
const emailFormat = z.email();

const validTimeZones = new Map<string, boolean>();
function isTimeZone(zone: string): boolean {
  let valid = validTimeZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    validTimeZones.set(zone, valid);
  }
  return valid;
}

/**
 * Checks every line of a directory file against the file itself and the directory in the
 * database, and returns every issue, so one upload tells the admin everything to fix.
 */
export function validateDirectory(
  parsed: ParsedDirectory,
  snapshot: DirectorySnapshot,
): { issues: FieldIssue[]; definitions: Map<string, OrgUnitDefinition> } {
  const issues: FieldIssue[] = [...parsed.issues];
  const report = (
    row: DirectoryRow,
    field: DirectoryColumn,
    key: MessageKey,
    params?: Record<string, string | number>,
  ) => issues.push({ field, line: row.line, message: { key, params } });

  const firstLineOf = new Map<string, number>();
  const definitions = new Map<string, OrgUnitDefinition>();
  for (const row of parsed.rows) {
    checkCells(row, report);
    const email = row.cells.email.toLowerCase();
    const first = firstLineOf.get(email);
    if (email && first !== undefined) report(row, 'email', 'validation.duplicateEmail', { line: first });
    else if (email) firstLineOf.set(email, row.line);
    collectDefinition(row, definitions, report);
  }

  const knownCode = (code: string) => {
    const definition = definitions.get(code);
    return snapshot.orgUnitsByCode.has(code) || (!!definition?.name && !!definition.kind);
  };
  for (const row of parsed.rows) {
    const { org_unit: code, org_unit_name: name, org_unit_kind: kind, parent_org_unit: parent } = row.cells;
    if (code && !knownCode(code)) {
      if (!name && !kind) report(row, 'org_unit', 'validation.unknownOrgUnit', { code });
      else if (!name) report(row, 'org_unit_name', 'validation.required');
      else if (!kind) report(row, 'org_unit_kind', 'validation.required');
    }
    if (parent && !code) report(row, 'org_unit', 'validation.required');
    if (parent && !knownCode(parent))
      report(row, 'parent_org_unit', 'validation.unknownOrgUnit', { code: parent });
    const manager = row.cells.manager_email.toLowerCase();
    if (manager && emailFormat.safeParse(manager).success && manager !== row.cells.email.toLowerCase()) {
      if (!firstLineOf.has(manager) && !snapshot.peopleByEmail.has(manager))
        report(row, 'manager_email', 'validation.unknownManager', { email: row.cells.manager_email });
    }
  }
  issues.push(...orgUnitLoops(definitions, snapshot), ...managerLoops(parsed, snapshot));
  return { issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), definitions };
}

type Report = (
  row: DirectoryRow,
  field: DirectoryColumn,
  key: MessageKey,
  params?: Record<string, string | number>,
) => void;

/** Checks that need only the line itself. */
function checkCells(row: DirectoryRow, report: Report): void {
  const { cells } = row;
  const tooLong = (field: DirectoryColumn, max: number) => {
    if (cells[field].length <= max) return false;
    report(row, field, 'validation.tooLong', { max });
    return true;
  };
  if (!cells.email) report(row, 'email', 'validation.required');
  else if (!tooLong('email', MAX.email) && !emailFormat.safeParse(cells.email).success)
    report(row, 'email', 'validation.email');
  if (!cells.name) report(row, 'name', 'validation.required');
  else tooLong('name', MAX.name);
  tooLong('title', MAX.title);
  tooLong('org_unit', MAX.code);
  tooLong('parent_org_unit', MAX.code);
  tooLong('org_unit_name', MAX.orgUnitName);
  if (cells.org_unit_kind && !orgUnitKinds.includes(cells.org_unit_kind))
    report(row, 'org_unit_kind', 'validation.invalidKind', { kind: cells.org_unit_kind });
  if (cells.locale && cells.locale !== 'fr' && cells.locale !== 'en')
    report(row, 'locale', 'validation.locale');
  if (cells.time_zone && !isTimeZone(cells.time_zone)) report(row, 'time_zone', 'validation.timeZone');
  const manager = cells.manager_email;
  if (manager && !emailFormat.safeParse(manager).success) report(row, 'manager_email', 'validation.email');
  else if (manager && manager.toLowerCase() === cells.email.toLowerCase())
    report(row, 'manager_email', 'validation.managerCycle');
}

/** Merges what each line says about its org unit; two lines giving different values is an error. */
function collectDefinition(
  row: DirectoryRow,
  definitions: Map<string, OrgUnitDefinition>,
  report: Report,
): void {
  const { org_unit: code, org_unit_name: name, org_unit_kind: kind, parent_org_unit: parent } = row.cells;
  if (!code || !(name || kind || parent)) return;
  if (parent === code)
    report(row, 'parent_org_unit', 'validation.orgUnitCycle', { chain: describeLoop([code]) });
  const validKind = orgUnitKinds.includes(kind) ? (kind as OrgUnitKind) : '';
  const known = definitions.get(code);
  if (!known) {
    definitions.set(code, { line: row.line, name, kind: validKind, parent: parent === code ? '' : parent });
    return;
  }
  const differs = (a: string, b: string) => !!a && !!b && a !== b;
  if (differs(known.name, name) || differs(known.kind, validKind) || differs(known.parent, parent)) {
    report(row, 'org_unit', 'validation.orgUnitConflict', { code, line: known.line });
    return;
  }
  known.name ||= name;
  known.kind ||= validKind;
  if (parent !== code) known.parent ||= parent;
}

/** Loops in the org chart once the file's parents replace the stored ones. */
function orgUnitLoops(
  definitions: Map<string, OrgUnitDefinition>,
  snapshot: DirectorySnapshot,
): FieldIssue[] {
  const parentOf = new Map<string, string>();
  for (const [code, unit] of snapshot.orgUnitsByCode) {
    const parent = unit.parentId ? snapshot.orgUnitCodeById.get(unit.parentId) : undefined;
    if (parent) parentOf.set(code, parent);
  }
  for (const [code, definition] of definitions) if (definition.parent) parentOf.set(code, definition.parent);
  return findLoops(parentOf).flatMap((loop) =>
    loop
      .map((code) => definitions.get(code))
      .filter((definition) => !!definition?.parent)
      .map((definition) => ({
        field: 'parent_org_unit',
        line: definition!.line,
        message: { key: 'validation.orgUnitCycle' as const, params: { chain: describeLoop(loop) } },
      })),
  );
}

/** Reporting loops once the file's managers replace the stored ones (only with the manager_email column). */
function managerLoops(parsed: ParsedDirectory, snapshot: DirectorySnapshot): FieldIssue[] {
  if (!parsed.columns.has('manager_email')) return [];
  const managerOf = new Map<string, string>();
  for (const [email, person] of snapshot.peopleByEmail) {
    const manager = person.managerId ? snapshot.emailById.get(person.managerId) : undefined;
    if (manager) managerOf.set(email, manager);
  }
  const lineOf = new Map<string, number>();
  for (const row of parsed.rows) {
    const email = row.cells.email.toLowerCase();
    if (lineOf.has(email)) continue;
    lineOf.set(email, row.line);
    const manager = row.cells.manager_email.toLowerCase();
    if (manager && manager !== email) managerOf.set(email, manager);
    else managerOf.delete(email);
  }
  return findLoops(managerOf).flatMap((loop) =>
    loop
      .filter((email) => lineOf.has(email))
      .map((email) => ({
        field: 'manager_email',
        line: lineOf.get(email)!,
        message: { key: 'validation.managerLoop' as const, params: { chain: describeLoop(loop) } },
      })),
  );
}
