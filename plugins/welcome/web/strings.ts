import { defineStrings } from '@levain/web/plugin';

/** The welcome plugin's words: ICU messages, the same keys in both languages. */
export const strings = defineStrings({
  fr: {
    title: 'Bienvenue',
    hello: 'Bonjour {name} !',
    roles: '{count, plural, one {# rôle} other {# rôles}}',
  },
  en: {
    title: 'Welcome',
    hello: 'Hello {name}!',
    roles: '{count, plural, one {# role} other {# roles}}',
  },
});
