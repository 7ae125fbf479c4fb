/** Pulse in the web client: HR's campaigns page, in the admin navigation at /admin/pulse. */
export default {
  id: 'pulse',
  routes: [
    {
      path: '/',
      title: { fr: 'Baromètre', en: 'Pulse' },
      nav: 'admin' as const,
      component: () => import('./Campaigns.svelte'),
    },
  ],
};
