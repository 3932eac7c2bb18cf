/** Alt+↑ / Alt+↓ on a list item, unless the key belongs to a field being typed in. */
export function reorderDelta(event: { altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; key: string; target: EventTarget | null }): number {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return 0
  const target = event.target as HTMLElement | null
  if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return 0
  if (event.key === 'ArrowUp') return -1
  if (event.key === 'ArrowDown') return 1
  return 0
}
