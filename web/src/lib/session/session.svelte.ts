import { mutate, query, whenSessionLost } from '../graphql/api';
import { graphql, type ResultOf } from '../graphql/graphql';
import { i18n, isLocale, type Locale } from '../i18n/i18n.svelte';

export const ViewerFields = graphql(`
  fragment ViewerFields on User @_unmask {
    id
    name
    email
    roles
    locale
    avatarUrl
  }
`);

const Me = graphql(
  `
  query Me {
    me { ...ViewerFields }
    authConfig { organisationName }
  }
`,
  [ViewerFields],
);

const ViewerPermissions = graphql(`
  query ViewerPermissions { viewerPermissions }
`);

const SignOut = graphql(`
  mutation SignOut { signOut }
`);

const SignOutEverywhere = graphql(`
  mutation SignOutEverywhere { signOutEverywhere }
`);

const SaveLocale = graphql(
  `
  mutation SaveLocale($locale: String!) {
    updateProfile(input: { locale: $locale }) {
      __typename
    }
  }
`,
);

export type Viewer = ResultOf<typeof ViewerFields>;

/** Who is signed in, as the server last said. */
class Session {
  viewer = $state<Viewer | null>(null);
  organisationName = $state('Levain');
  /** False until the first answer to "who am I?", so pages never flash the sign-in form. */
  ready = $state(false);
  /** Set when the server could not be reached at start. */
  offline = $state(false);

  isAdmin = $derived(this.viewer?.roles?.includes('admin') ?? false);
  /** Actions that open places in the app (admin sections, plugin pages), as the server decides them. */
  permissions = $state<ReadonlySet<string>>(new Set());

  constructor() {
    whenSessionLost(() => {
      this.viewer = null;
    });
  }

  async load(): Promise<void> {
    try {
      const data = await query(Me, {});
      this.organisationName = data.authConfig.organisationName;
      await this.signedIn(data.me);
      this.offline = false;
    } catch {
      this.offline = true;
    } finally {
      this.ready = true;
    }
  }

  /** Adopts the person a sign-in, sign-up or invitation returned, once their language has loaded. */
  async signedIn(viewer: Viewer | null): Promise<void> {
    if (viewer && isLocale(viewer.locale)) await i18n.use(viewer.locale);
    this.permissions = viewer
      ? new Set((await query(ViewerPermissions, {})).viewerPermissions)
      : new Set<string>();
    this.viewer = viewer;
  }

  /** Whether the viewer may open the place this action guards; the server checks each operation anyway. */
  can(action: string): boolean {
    return this.permissions.has(action);
  }

  /** Switches the UI language, and remembers it on the profile when someone is signed in. */
  async chooseLocale(locale: Locale): Promise<void> {
    await i18n.use(locale);
    if (!this.viewer) return;
    this.viewer = { ...this.viewer, locale };
    await mutate(SaveLocale, { locale });
  }

  async signOut(everywhere = false): Promise<void> {
    if (everywhere) await mutate(SignOutEverywhere, {});
    else await mutate(SignOut, {});
    this.viewer = null;
    this.permissions = new Set();
  }
}

export const session = new Session();
