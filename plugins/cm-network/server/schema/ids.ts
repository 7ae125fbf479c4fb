/** An id as the API gives it: a global id ("Type:uuid" in base64) or a bare uuid. */
export function localId(id: string | number): string {
  const text = String(id);
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  const match = /^[A-Za-z]+:([0-9a-f-]{36})$/.exec(decoded);
  return match ? match[1]! : text;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);
