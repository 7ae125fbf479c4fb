import { authorize, definePlugin } from '@levain/server/plugin';

/** Everyone signed in may read the welcome page. */
const permissions = { 'welcome:read': () => true };

/**
 * The test plugin written from plugins/README.md alone (not installed in the app): a query, a
 * field on the core User type (whether the person is the viewer), a page and a profile slot.
 */
export default definePlugin({
  permissions,
  schema({ queryField, objectField, core }) {
    queryField('welcomeOpen', (t) =>
      t.withAuth({ signedIn: true }).boolean({
        nullable: true,
        resolve: (_root, _args, ctx) => {
          authorize(ctx.viewer, 'welcome:read');
          return true;
        },
      }),
    );
    objectField(core.User, 'welcomeIsViewer', (t) =>
      t.boolean({ nullable: true, resolve: (user, _args, ctx) => user.id === ctx.viewer?.id }),
    );
  },
});
