import { type Suggestion, suggestionsFor, type Token, tokenAt } from './suggestions';

/** The suggestion list of one textarea: which token, which suggestions, which one is active. */
export class Autocomplete {
  token = $state<Token | null>(null);
  suggestions = $state<Suggestion[]>([]);
  active = $state(0);
  open = $derived(this.token !== null && this.suggestions.length > 0);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latest = 0;

  /** Looks at the text before the caret after each keystroke; asks the server after a pause. */
  update(value: string, caret: number): void {
    const token = tokenAt(value, caret);
    clearTimeout(this.timer);
    if (!token || (token.trigger === '#' && token.text.length < 2)) {
      this.close();
      return;
    }
    this.token = token;
    const request = ++this.latest;
    this.timer = setTimeout(async () => {
      try {
        const found = await suggestionsFor(token);
        if (request !== this.latest) return;
        this.suggestions = found;
        this.active = 0;
      } catch {
        if (request === this.latest) this.suggestions = [];
      }
    }, 150);
  }

  move(step: 1 | -1): void {
    const size = this.suggestions.length;
    if (size) this.active = (this.active + step + size) % size;
  }

  close(): void {
    clearTimeout(this.timer);
    this.latest++;
    this.token = null;
    this.suggestions = [];
    this.active = 0;
  }
}
