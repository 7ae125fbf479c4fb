import { defineWebPlugin } from '@levain/web/plugin';
import FeedCardSlot from './FeedCardSlot.svelte';
import HomeSlot from './HomeSlot.svelte';

/**
 * Pulse in the web client: everyone's pulse page (their pulse, "you said, we did") in the main
 * navigation; HR's and managers' results, alerts and action plans under it; campaigns for HR. On
 * the home page, the open pulse above the feed and HR's summary beside it.
 */
export default defineWebPlugin({
  id: 'pulse',
  // Results pages are open to HR and to managers: which units they read, the API decides (and
  // answers employees NotAllowedError), so they ask only for taking part to open.
  routes: [
    {
      path: '/',
      title: { fr: 'Baromètre', en: 'Pulse' },
      permission: 'pulse:take-part',
      nav: 'main',
      component: () => import('./PulsePage.svelte'),
    },
    {
      path: '/results',
      title: { fr: 'Résultats du baromètre', en: 'Pulse results' },
      permission: 'pulse:take-part',
      component: () => import('./Dashboard.svelte'),
    },
    {
      path: '/alerts',
      title: { fr: 'Alertes du baromètre', en: 'Pulse alerts' },
      permission: 'pulse:take-part',
      component: () => import('./Alerts.svelte'),
    },
    {
      path: '/actions',
      title: { fr: 'Plans d’action', en: 'Action plans' },
      permission: 'pulse:take-part',
      component: () => import('./ActionPlans.svelte'),
    },
    {
      path: '/campaigns',
      title: { fr: 'Campagnes du baromètre', en: 'Pulse campaigns' },
      permission: 'pulse:manage',
      component: () => import('./Campaigns.svelte'),
    },
    {
      path: '/',
      title: { fr: 'Baromètre', en: 'Pulse' },
      permission: 'pulse:manage',
      nav: 'admin',
      component: () => import('./Campaigns.svelte'),
    },
  ],
  slots: { 'home.feed-top/v1': FeedCardSlot, 'home.widgets/v1': HomeSlot },
});
