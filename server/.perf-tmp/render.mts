import { renderMarkdown } from '../src/markdown/render';
const resolver = { usersById: async () => new Map(), usersByEmail: async () => new Map(), communitiesBySlug: async () => new Map() };
const body = 'Bonjour à tous !\n\nLe **lancement** de l’intranet approche : #intranet2027\n\n- merci pour vos retours\n- la charte de comportement\n\nEt le #droitàladéconnexion ? [lien](https://example.com)';
let t = performance.now();
for (let i = 0; i < 500; i++) await renderMarkdown(body + i, resolver);
console.log('500 renders', performance.now() - t);
console.log((await renderMarkdown(body, resolver)));
