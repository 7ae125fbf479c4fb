/** The CM network's pages in the web client: the roster, in the main navigation at /cm-network. */
export default {
  id: 'cm-network',
  routes: [
    {
      path: '/',
      title: { fr: 'Réseau des CM', en: 'CM network' },
      nav: 'main' as const,
      component: () => import('./Roster.svelte'),
    },
  ],
};
