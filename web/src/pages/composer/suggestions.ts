import { query } from '../../lib/graphql/api';
import { graphql } from '../../lib/graphql/graphql';
import { plainId } from '../../lib/ids';

const People = graphql(`
  query MentionPeople($query: String!) {
    mentionSuggestions(query: $query, first: 6) { id name title avatarUrl }
  }
`);

const Hashtags = graphql(`
  query HashtagSuggestions($query: String!) {
    search(query: $query, filter: { kinds: [hashtag] }, first: 6) {
      edges { node { ... on HashtagSearchResult { tag postCount } } }
    }
  }
`);

/** What the composer offers while someone types `@Lé` or `#reu`. */
export type Suggestion =
  | { kind: 'person'; id: string; name: string; detail: string | null; avatarUrl: string | null }
  | { kind: 'hashtag'; tag: string; postCount: number };

/** The `@word` or `#word` being typed just before the caret, if any. */
export type Token = { trigger: '@' | '#'; text: string; start: number; end: number };

const TOKEN = /(^|[\s([{])([@#])([\p{L}\p{N}_.-]{1,40})$/u;
/** "@Thomas P": a person's name goes on past a space, for one more word (first name, last name). */
const NAME = /(^|[\s([{])@([\p{L}\p{N}_.-]{1,40} [\p{L}\p{N}_.-]{1,40})$/u;

export function tokenAt(value: string, caret: number): Token | null {
  const before = value.slice(0, caret);
  const name = NAME.exec(before);
  if (name) return { trigger: '@', text: name[2]!, start: caret - name[2]!.length - 1, end: caret };
  const match = TOKEN.exec(before);
  if (!match) return null;
  const trigger = match[2] as '@' | '#';
  const text = match[3]!;
  return { trigger, text, start: caret - text.length - 1, end: caret };
}

export async function suggestionsFor(token: Token): Promise<Suggestion[]> {
  if (token.trigger === '@') {
    const { mentionSuggestions } = await query(People, { query: token.text });
    return mentionSuggestions.map((node) => ({
      kind: 'person',
      id: node.id,
      name: node.name,
      detail: node.title,
      avatarUrl: node.avatarUrl,
    }));
  }
  const { search } = await query(Hashtags, { query: token.text });
  return search.edges.flatMap(({ node }) =>
    'tag' in node && node.tag ? [{ kind: 'hashtag' as const, tag: node.tag, postCount: node.postCount }] : [],
  );
}

/**
 * The text that replaces the token, as the person reads it ("@Ava Thompson "), and for a person
 * the uuid the composer keeps to send the mention link (see mention-markup.ts).
 */
export function insertion(suggestion: Suggestion): { text: string; person?: { name: string; id: string } } {
  if (suggestion.kind === 'hashtag') return { text: `#${suggestion.tag} ` };
  const name = suggestion.name.replace(/[[\]\n]/g, '');
  return { text: `@${name} `, person: { name, id: plainId(suggestion.id) } };
}

/** The people a body mentions through the autocomplete, as uuids. */
export function mentionedIds(body: string): string[] {
  return [...new Set([...body.matchAll(/\(user:([0-9a-f-]{36})\)/gi)].map((m) => m[1]!.toLowerCase()))];
}
