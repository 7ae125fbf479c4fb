/**
 * The API names objects by relay global ids (base64 of "Type:uuid"), while the links it writes
 * into Markdown and notifications carry the plain uuid. Pages accept both.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type NodeType =
  | 'User'
  | 'Post'
  | 'Comment'
  | 'Community'
  | 'LearningPath'
  | 'Lesson'
  | 'Quiz'
  | 'Event'
  | 'Question';

/** The global id of a plain uuid; anything else is taken as a global id already. */
export function globalId(type: NodeType, id: string): string {
  return UUID.test(id) ? btoa(`${type}:${id.toLowerCase()}`) : id;
}

/** The uuid inside a global id (for anchors like #comment-<uuid> and Markdown mentions). */
export function plainId(id: string): string {
  if (UUID.test(id)) return id;
  try {
    const decoded = atob(id);
    const uuid = decoded.slice(decoded.indexOf(':') + 1);
    return UUID.test(uuid) ? uuid : id;
  } catch {
    return id;
  }
}
