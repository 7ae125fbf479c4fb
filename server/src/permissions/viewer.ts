export const roles = ['admin', 'hr', 'chief_cm', 'member'] as const;
export type Role = (typeof roles)[number];

/** The signed-in person a request acts for. */
export type Viewer = {
  id: string;
  name: string;
  email: string;
  roles: ReadonlySet<Role>;
  orgUnitId: string | null;
  locale: string;
  timeZone: string;
  /** Set when the request came with an API token: it acts as its owner, within these scopes. */
  token?: { id: string; scopes: ReadonlySet<string> };
  /**
   * Facts plugins computed about this viewer (`viewerFacts` of the plugin contract: "cm-network:holds-position"),
   * present only where they were loaded (the navigation's `viewerPermissions`); rules read them, absent means unknown.
   */
  facts?: ReadonlySet<string>;
};

export const hasRole = (viewer: Viewer | null, role: Role): boolean => !!viewer?.roles.has(role);
