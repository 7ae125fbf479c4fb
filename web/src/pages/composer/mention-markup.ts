/**
 * The composer shows a picked person as "@Ava Thompson" and sends the Markdown link the server
 * resolves (`@[Ava Thompson](user:<uuid>)`): people read names, never ids, and two colleagues
 * with the same name are still told apart by the id kept beside the text.
 */
const MARKUP = /@\[([^\]\n]*)\]\(user:([0-9a-f-]{36})\)/gi;

export type PickedPeople = Map<string, string>;

/** The text a person reads and edits, and the people its mentions stand for (name → uuid). */
export function readable(markup: string): { text: string; people: PickedPeople } {
  const people: PickedPeople = new Map();
  const text = markup.replace(MARKUP, (_whole, name: string, id: string) => {
    people.set(name, id.toLowerCase());
    return `@${name}`;
  });
  return { text, people };
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The body to send: each "@Name" of a picked person becomes their mention link again. */
export function withMentions(text: string, people: PickedPeople): string {
  if (!people.size) return text;
  // Longest names first, so "@Ava Thompson-Lee" is not read as "@Ava Thompson" and "-Lee".
  const names = [...people.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`@(${names.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}_-])`, 'gu');
  return text.replace(pattern, (_whole, name: string) => `@[${name}](user:${people.get(name)})`);
}
