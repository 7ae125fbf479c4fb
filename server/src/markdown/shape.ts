/**
 * Limits checked on the raw text before any parser sees it. micromark (remark's parser) recurses
 * once per nested container and backtracks over delimiter runs: 19,000 `>` ran the heap out of
 * memory, a few thousand nested list markers overflowed the stack, and long runs of emphasis or
 * bracket delimiters took seconds. These bounds refuse such shapes with a message a person can act
 * on; the render worker's time and memory budget (./pool.ts) catches whatever shape they miss.
 */
export const MAX_NESTING = 16;
/** Longest run of one emphasis, strikethrough or bracket character. */
export const MAX_DELIMITER_RUN = 64;
/** Emphasis, strikethrough and link delimiters in the whole body, outside code. */
export const MAX_DELIMITERS = 4000;

export type ShapeIssue =
  | { key: 'validation.markdownNesting'; params: { max: number } }
  | { key: 'validation.markdownDelimiterRun'; params: { max: number } }
  | { key: 'validation.markdownDelimiters'; params: { max: number } };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** One container opener at the start of what is left of a line: a block quote or a list item. */
const CONTAINER = /^[ \t]{0,3}(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const DELIMITER_RUN = /([*_~[\]])\1*/g;

/** How many containers open on one line, counting nested lists by their indentation too. */
function lineDepth(line: string, listIndents: number[]): number {
  const indent = line.length - line.trimStart().length;
  while (listIndents.length && indent < listIndents.at(-1)!) listIndents.pop();
  let rest = line.slice(indent);
  let depth = listIndents.length;
  let opened = 0;
  for (let match = CONTAINER.exec(rest); match; match = CONTAINER.exec(rest)) {
    opened += 1;
    rest = rest.slice(match[0].length);
    if (opened > MAX_NESTING) break;
  }
  if (opened && !line.trimStart().startsWith('>')) listIndents.push(indent + 1);
  depth += opened;
  return depth;
}

export function markdownShapeIssue(source: string): ShapeIssue | null {
  const listIndents: number[] = [];
  let fence: string | null = null;
  let delimiters = 0;
  for (const line of source.split('\n')) {
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening?.startsWith(fence)) fence = null;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    if (lineDepth(line, listIndents) > MAX_NESTING)
      return { key: 'validation.markdownNesting', params: { max: MAX_NESTING } };
    for (const [run] of line.matchAll(DELIMITER_RUN)) {
      if (run.length > MAX_DELIMITER_RUN)
        return { key: 'validation.markdownDelimiterRun', params: { max: MAX_DELIMITER_RUN } };
      delimiters += run.length;
    }
    if (delimiters > MAX_DELIMITERS)
      return { key: 'validation.markdownDelimiters', params: { max: MAX_DELIMITERS } };
  }
  return null;
}
