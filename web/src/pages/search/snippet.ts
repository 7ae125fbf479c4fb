export type SnippetPart = { text: string; marked: boolean };

/**
 * The server's snippet is escaped text with the matched words in <mark>. It is read as data
 * (an inert DOMParser document, never inserted as HTML): only text and <mark> come out.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const body = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html').body;
  const parts: SnippetPart[] = [];
  const walk = (node: Node, marked: boolean) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (child.textContent) parts.push({ text: child.textContent, marked });
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        walk(child, marked || (child as Element).tagName === 'MARK');
      }
    }
  };
  walk(body, false);
  return parts;
}
