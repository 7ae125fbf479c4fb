/** The Relay global id the API gives a row: base64 of `Type:id`. */
export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
