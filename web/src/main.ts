import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { router } from './lib/router/router.svelte';
import { session } from './lib/session/session.svelte';

router.start();
void session.load();
mount(App, { target: document.getElementById('app')! });
