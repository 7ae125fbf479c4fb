/** Every component of the app and its plugins is written with runes. */
export default {
  compilerOptions: { runes: true },
};
