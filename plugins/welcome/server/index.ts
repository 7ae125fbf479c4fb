import { authorize, definePlugin } from '@levain/server/plugin';

/** Everyone signed in may read the welcome page. */
const permissions = { 'welcome:read': () => true };

/**
 * The test plugin written from plugins/README.md alone (not installed in the app): a greeting on
 * every person (a field on the core User type), a page and a profile slot on the web side.
 */
export default definePlugin({
  permissions,
  messages: {
    fr: { greeting: 'Bienvenue, {name} !' },
    en: { greeting: 'Welcome, {name}!' },
  },
  schema({ queryField, objectField, core }) {
    queryField('welcomeOpen', (t) =>
      t.boolean({
        nullable: true,
        authScopes: { signedIn: true },
        resolve: (_root, _args, ctx) => {
          authorize(ctx.viewer, 'welcome:read');
          return true;
        },
      }),
    );
    objectField(core.User, 'welcomeInitials', (t) =>
      t.string({
        nullable: true,
        resolve: (user) =>
          user.name
            .split(/\s+/)
            .map((part) => part.charAt(0).toUpperCase())
            .join(''),
      }),
    );
  },
});
