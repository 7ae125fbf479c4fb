/** Pulse in the web client: HR's campaigns page, in the admin area's navigation at /admin/pulse. */
export default {
  id: 'pulse',
  routes: [
    {
      path: '/',
      title: { fr: 'Baromètre', en: 'Pulse' },
      permission: 'pulse:manage',
      nav: 'admin' as const,
      component: () => import('./Campaigns.svelte'),
    },
  ],
};
