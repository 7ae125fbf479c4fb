import { defineWebPlugin } from '@levain/web/plugin';
import AmbassadorBadge from './AmbassadorBadge.svelte';
import AppealButton from './AppealButton.svelte';
import CharterWidget from './CharterWidget.svelte';

/**
 * Charters in the web client: everyone's charters page in the main navigation, each charter to
 * read and accept (also the blocking page before a first post), the acknowledgement rates in the
 * admin area for admins, HR and the chief CM; on the home page, the charters waiting for the person.
 * Community owners and animators write their community's own charter from the charters page.
 * The ambassadors directory (ask one, put oneself forward, approvals) and the advocacy kit.
 */
export default defineWebPlugin({
  id: 'charter',
  routes: [
    {
      path: '/',
      title: { fr: 'Chartes', en: 'Charters' },
      permission: 'charter:read',
      nav: 'main',
      component: () => import('./CharterList.svelte'),
    },
    {
      path: '/read',
      title: { fr: 'Charte', en: 'Charter' },
      permission: 'charter:read',
      component: () => import('./CharterRead.svelte'),
    },
    {
      path: '/accept',
      title: { fr: 'Accepter la charte', en: 'Accept the charter' },
      permission: 'charter:read',
      component: () => import('./CharterRead.svelte'),
    },
    {
      path: '/community',
      title: { fr: 'Charte de la communauté', en: 'Community charter' },
      permission: 'charter:read',
      component: () => import('./CommunityCharterEditor.svelte'),
    },
    {
      path: '/',
      title: { fr: 'Chartes', en: 'Charters' },
      permission: 'charter:read-rates',
      nav: 'admin',
      component: () => import('./Rates.svelte'),
    },
    {
      path: '/edit',
      title: { fr: 'Rédiger les chartes', en: 'Write the charters' },
      permission: 'charter:publish',
      nav: 'admin',
      component: () => import('./CharterEditor.svelte'),
    },
    {
      path: '/appeals',
      title: { fr: 'Appels de modération', en: 'Moderation appeals' },
      permission: 'charter:read',
      component: () => import('./Appeals.svelte'),
    },
    {
      path: '/appeals',
      title: { fr: 'Appels de modération', en: 'Moderation appeals' },
      permission: 'charter:decide-appeals',
      nav: 'admin',
      component: () => import('./Appeals.svelte'),
    },
    {
      path: '/ambassadors',
      title: { fr: 'Ambassadeurs de la charte', en: 'Charter ambassadors' },
      permission: 'charter:read',
      nav: 'main' as const,
      component: () => import('./Ambassadors.svelte'),
    },
    {
      path: '/kit',
      title: { fr: 'Kit de partage', en: 'Advocacy kit' },
      permission: 'charter:advocacy',
      nav: 'main' as const,
      component: () => import('./AdvocacyKit.svelte'),
    },
    {
      path: '/kit',
      title: { fr: 'Kit de partage', en: 'Advocacy kit' },
      permission: 'charter:author-kit',
      nav: 'admin',
      component: () => import('./KitAuthoring.svelte'),
    },
  ],
  slots: {
    'home.widgets/v1': CharterWidget,
    'moderation.notice/v1': AppealButton,
    'person.name-badge/v1': AmbassadorBadge,
  },
});
