import { defineWebPlugin } from '@levain/web/plugin';
import WelcomeCard from './WelcomeCard.svelte';

/** The welcome page in the main navigation, and a card beside each profile. */
export default defineWebPlugin({
  id: 'welcome',
  routes: [
    {
      path: '/',
      title: { fr: 'Bienvenue', en: 'Welcome' },
      permission: 'welcome:read',
      nav: 'main',
      component: () => import('./WelcomePage.svelte'),
    },
  ],
  slots: { 'profile.sidebar/v1': WelcomeCard },
});
