import { query } from '../../lib/graphql/api';
import { graphql } from '../../lib/graphql/graphql';

const PreviewMarkdown = graphql(`
  query PreviewMarkdown($body: String!) {
    previewMarkdown(body: $body)
  }
`);

/** The server renders the preview with the same sanitiser as the published post. */
export async function previewMarkdown(body: string): Promise<string> {
  return (await query(PreviewMarkdown, { body })).previewMarkdown;
}
