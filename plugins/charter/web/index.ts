import CharterWidget from './CharterWidget.svelte';

/** The charter on the home page: the current version and a button to acknowledge it. */
export default {
  id: 'charter',
  slots: { 'home.widgets/v1': CharterWidget },
};
