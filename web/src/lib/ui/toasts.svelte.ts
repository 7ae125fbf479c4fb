export type Toast = { id: number; text: string; tone: 'info' | 'error'; shownAt: number };

/** A toast about what just led to a new page ("Community created") stays for that page. */
const FRESH_MS = 1_500;

/**
 * Short notices ("Profile saved") announced by a live region, gone after a few seconds. One at a
 * time: a new notice replaces the last rather than piling up, and a page change takes away those
 * about the page left.
 */
class Toasts {
  list = $state<Toast[]>([]);
  private next = 1;

  show(text: string, tone: Toast['tone'] = 'info'): void {
    const id = this.next++;
    this.list = [{ id, text, tone, shownAt: Date.now() }];
    setTimeout(() => this.dismiss(id), tone === 'error' ? 8000 : 4000);
  }

  dismiss(id: number): void {
    this.list = this.list.filter((toast) => toast.id !== id);
  }

  /** Called on every page change. */
  pageChanged(): void {
    const now = Date.now();
    if (this.list.some((toast) => now - toast.shownAt > FRESH_MS))
      this.list = this.list.filter((toast) => now - toast.shownAt <= FRESH_MS);
  }
}

export const toasts = new Toasts();
