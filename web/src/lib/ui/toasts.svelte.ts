export type Toast = { id: number; text: string; tone: 'info' | 'error' };

/** Short notices ("Profile saved") announced by a live region, gone after a few seconds. */
class Toasts {
  list = $state<Toast[]>([]);
  private next = 1;

  show(text: string, tone: Toast['tone'] = 'info'): void {
    const id = this.next++;
    this.list = [...this.list, { id, text, tone }];
    setTimeout(() => this.dismiss(id), tone === 'error' ? 8000 : 4000);
  }

  dismiss(id: number): void {
    this.list = this.list.filter((toast) => toast.id !== id);
  }
}

export const toasts = new Toasts();
