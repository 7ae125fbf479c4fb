import FeedCardSlot from './FeedCardSlot.svelte';
import HomeSlot from './HomeSlot.svelte';

/**
 * Pulse in the web client: everyone's pulse page (their pulse, "you said, we did") in the main
 * navigation; HR's and managers' results, alerts and action plans under it; campaigns for HR. On
 * the home page, the open pulse above the feed and HR's summary beside it.
 */
export default {
  id: 'pulse',
  routes: [
    {
      path: '/',
      title: { fr: 'Baromètre', en: 'Pulse' },
      nav: 'main' as const,
      component: () => import('./PulsePage.svelte'),
    },
    {
      path: '/results',
      title: { fr: 'Résultats du baromètre', en: 'Pulse results' },
      component: () => import('./Dashboard.svelte'),
    },
    {
      path: '/alerts',
      title: { fr: 'Alertes du baromètre', en: 'Pulse alerts' },
      component: () => import('./Alerts.svelte'),
    },
    {
      path: '/actions',
      title: { fr: 'Plans d’action', en: 'Action plans' },
      component: () => import('./ActionPlans.svelte'),
    },
    {
      path: '/campaigns',
      title: { fr: 'Campagnes du baromètre', en: 'Pulse campaigns' },
      component: () => import('./Campaigns.svelte'),
    },
    {
      path: '/',
      title: { fr: 'Baromètre', en: 'Pulse' },
      nav: 'admin' as const,
      component: () => import('./Campaigns.svelte'),
    },
  ],
  slots: { 'home.feed-top/v1': FeedCardSlot, 'home.widgets/v1': HomeSlot },
};
