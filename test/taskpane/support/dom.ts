/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow; a silent stand-in. */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = window as unknown as { ResizeObserver?: unknown };
if (!w.ResizeObserver) w.ResizeObserver = NoResizeObserver;
export {};
