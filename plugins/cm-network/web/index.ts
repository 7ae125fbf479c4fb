/** The CM network's pages in the web client: the roster, in the main navigation at /cm-network. */
export default {
  id: 'cm-network',
  routes: [
    {
      path: '/',
      title: { fr: 'Réseau des CM', en: 'CM network' },
      permission: 'cm-network:read-roster',
      nav: 'main' as const,
      component: () => import('./Roster.svelte'),
    },
  ],
};
