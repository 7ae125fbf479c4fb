import { defineWebPlugin } from '@levain/web/plugin';
/**
 * The CM network's pages in the web client: the roster for everyone; the map, the monthly board,
 * the reports and the editorial tools in the navigation of the chief CM and of anyone holding a
 * position (the API answers the part under their positions); a part-time CM's own workload;
 * targets for the chief CM, from the board; the crisis cell's incidents.
 */
export default defineWebPlugin({
  id: 'cm-network',
  routes: [
    {
      path: '/',
      title: { fr: 'Réseau des CM', en: 'CM network' },
      permission: 'cm-network:read-roster',
      nav: 'main',
      component: () => import('./Roster.svelte'),
    },
    {
      path: '/map',
      title: { fr: 'Carte du réseau', en: 'Network map' },
      permission: 'cm-network:read-network',
      nav: 'main',
      component: () => import('./MapPage.svelte'),
    },
    {
      path: '/board',
      title: { fr: 'Tableau de bord digital', en: 'Digital board' },
      permission: 'cm-network:read-network',
      nav: 'main',
      component: () => import('./BoardPage.svelte'),
    },
    {
      path: '/targets',
      title: { fr: 'Objectifs du réseau', en: 'Network targets' },
      permission: 'cm-network:manage-board',
      component: () => import('./TargetsPage.svelte'),
    },
    {
      // Every CM writes their report here, part-time CMs included (the server states who holds a
      // position: `cm-network:holds-position`); the API answers each their part.
      path: '/reports',
      title: { fr: 'Rapports mensuels', en: 'Monthly reports' },
      permission: 'cm-network:read-network',
      nav: 'main',
      component: () => import('./ReportsPage.svelte'),
    },
    {
      path: '/workload',
      // The chief CM sees every part-time CM; a part-time CM their own hours.
      title: { fr: 'Charge des CM à temps partiel', en: 'Part-time CMs’ workload' },
      permission: 'cm-network:read-workload',
      nav: 'main',
      component: () => import('./WorkloadPage.svelte'),
    },
    {
      path: '/incidents',
      title: { fr: 'Cellule de crise', en: 'Crisis cell' },
      permission: 'cm-network:declare-incident',
      nav: 'main' as const,
      component: () => import('./IncidentsPage.svelte'),
    },
    {
      path: '/incidents/new',
      title: { fr: 'Déclarer un incident', en: 'Declare an incident' },
      permission: 'cm-network:declare-incident',
      component: () => import('./DeclareIncidentPage.svelte'),
    },
    {
      // Everyone may open the address (a cell member arrives from their notification); the API
      // answers "not found" outside the cell and to anyone but the chief CM.
      path: '/incidents/:id',
      title: { fr: 'Incident', en: 'Incident' },
      permission: 'cm-network:open-incident',
      component: () => import('./IncidentPage.svelte'),
    },
    {
      // The calendar and the watch: the chief CM and the network's CMs; alerts only on what each may read.
      path: '/editorial',
      title: { fr: 'Calendrier éditorial', en: 'Editorial calendar' },
      permission: 'cm-network:plan-editorial',
      nav: 'main' as const,
      component: () => import('./EditorialPage.svelte'),
    },
    {
      path: '/alerts',
      title: { fr: 'Veille et alertes', en: 'Watch and alerts' },
      permission: 'cm-network:watch',
      component: () => import('./AlertsPage.svelte'),
    },
  ],
});
