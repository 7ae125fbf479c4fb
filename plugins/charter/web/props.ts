/**
 * The props the web client gives plugin pages and slot components (its `SlotProps`, read-only).
 * Written out here because a plugin does not import from @levain/web; the client checks the match.
 */
export type SlotProps = {
  locale: 'fr' | 'en';
  viewer: { id: string; name: string; roles: string[] };
  graphql: <T = unknown>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  context?: Readonly<Record<string, string>>;
};
