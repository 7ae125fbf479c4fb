/**
 * A button that opens a menu or panel: closes on a click outside and on Escape (giving focus back
 * to the button). Bind `root` to the element holding both, then wire the two handlers.
 */
export class Disclosure {
  open = $state(false);
  root = $state<HTMLElement>();

  toggle = () => {
    this.open = !this.open;
  };

  close = () => {
    this.open = false;
  };

  onwindowclick = (event: MouseEvent) => {
    if (this.open && this.root && !this.root.contains(event.target as Node)) this.open = false;
  };

  onkeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) {
      this.open = false;
      this.root?.querySelector<HTMLElement>('button')?.focus();
    }
  };
}
