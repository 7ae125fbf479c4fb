import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { i18n } from './lib/i18n/i18n.svelte';
import { router } from './lib/router/router.svelte';
import { session } from './lib/session/session.svelte';
import { preloadPage } from './pages/routes';

router.start(preloadPage);
// The current page's code loads while the session does, rather than after it.
preloadPage(location.pathname);
void session.load();
const start = () => mount(App, { target: document.getElementById('app')! });
// The app speaks once its texts are here; without them (offline) it still shows its state.
i18n.ready.then(start, start);
