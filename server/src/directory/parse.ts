import { type CsvError, type Info, parse } from 'csv-parse/sync';
import { type FieldIssue, ValidationError } from '../errors';

/** The columns of a directory file, in the order the documentation lists them. */
export const directoryColumns = [
  'email',
  'name',
  'title',
  'org_unit',
  'org_unit_name',
  'org_unit_kind',
  'parent_org_unit',
  'manager_email',
  'locale',
  'time_zone',
] as const;
export type DirectoryColumn = (typeof directoryColumns)[number];

const requiredColumns: DirectoryColumn[] = ['email', 'name'];

/** One person line of the file: trimmed cells ('' when empty) and its physical line number. */
export type DirectoryRow = { line: number; cells: Record<DirectoryColumn, string> };

export type ParsedDirectory = {
  /** Columns present in the header: an absent column leaves that field of existing people unchanged. */
  columns: ReadonlySet<DirectoryColumn>;
  rows: DirectoryRow[];
  /** Lines whose shape is wrong (column count); they are not validated further. */
  issues: FieldIssue[];
};

/**
 * Excel in French locales saves "CSV" with semicolons, elsewhere with commas: the header line
 * decides, counting separators outside quotes.
 */
function detectDelimiter(text: string): ',' | ';' {
  const end = text.search(/\r?\n/);
  const header = end === -1 ? text : text.slice(0, end);
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    // fatal: a file saved as Windows-1252 must be refused, not imported with broken accents.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw ValidationError.field('file', 'validation.notUtf8');
  }
}

function csvError(error: unknown): ValidationError {
  const { code, message, lines } = error as CsvError;
  const quotes = code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_QUOTE_NOT_CLOSED';
  return new ValidationError([
    {
      field: 'file',
      line: typeof lines === 'number' ? lines : undefined,
      message: quotes
        ? { key: 'validation.csvQuotes' }
        : { key: 'validation.invalidCsv', params: { reason: message } },
    },
  ]);
}

/** Maps header cells to known columns; any unknown, duplicate or missing column stops the import. */
function readHeader(header: string[], line: number): DirectoryColumn[] {
  const issues: FieldIssue[] = [];
  const columns: DirectoryColumn[] = [];
  for (const cell of header) {
    const name = cell.trim().toLowerCase();
    if (!(directoryColumns as readonly string[]).includes(name)) {
      issues.push({
        field: name || cell,
        line,
        message: {
          key: 'validation.unknownColumn',
          params: { column: cell.trim(), columns: directoryColumns.join(', ') },
        },
      });
    } else if (columns.includes(name as DirectoryColumn)) {
      issues.push({
        field: name,
        line,
        message: { key: 'validation.duplicateColumn', params: { column: name } },
      });
    }
    columns.push(name as DirectoryColumn);
  }
  for (const column of requiredColumns) {
    if (!columns.includes(column))
      issues.push({ field: column, line, message: { key: 'validation.missingColumn', params: { column } } });
  }
  if (issues.length) throw new ValidationError(issues);
  return columns;
}

/** Reads a directory CSV (UTF-8, BOM allowed, `,` or `;`) into rows; throws a ValidationError when unreadable. */
export function parseDirectoryCsv(bytes: Uint8Array): ParsedDirectory {
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '');
  let records: Array<{ record: string[]; info: Info }>;
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as Array<{ record: string[]; info: Info }>;
  } catch (error) {
    throw csvError(error);
  }
  const [header, ...body] = records;
  if (!header) throw ValidationError.field('file', 'validation.emptyFile');
  const columns = readHeader(header.record, header.info.lines);
  const rows: DirectoryRow[] = [];
  const issues: FieldIssue[] = [];
  for (const { record, info } of body) {
    // info.lines is the line a record ends on; quoted cells may span lines, so count back to its start.
    const spanned = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - spanned;
    if (record.every((cell) => cell.trim() === '')) continue;
    // Spreadsheets drop trailing empty cells or add empty ones: only extra content is an error.
    if (record.slice(columns.length).some((cell) => cell.trim() !== '')) {
      issues.push({
        field: 'row',
        line,
        message: {
          key: 'validation.columnCount',
          params: { count: record.length, expected: columns.length },
        },
      });
      continue;
    }
    const cells = Object.fromEntries(directoryColumns.map((c) => [c, ''])) as Record<DirectoryColumn, string>;
    columns.forEach((column, index) => {
      cells[column] = record[index]?.trim() ?? '';
    });
    rows.push({ line, cells });
  }
  if (rows.length === 0 && issues.length === 0) throw ValidationError.field('file', 'validation.emptyFile');
  return { columns: new Set(columns), rows, issues };
}
