/** Arrow keys, Home and End move focus between the titles of the list (Enter then opens one). */
export function onListKeyDown(event: KeyboardEvent, list: HTMLElement | null): void {
  if (!list || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.pp-title')];
  if (links.length === 0) return;
  const item = (event.target as Element | null)?.closest?.('.pp-item');
  const at = item ? links.findIndex((l) => item.contains(l)) : -1;
  let next: number;
  if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = links.length - 1;
  else if (event.key === 'ArrowDown') next = Math.min(links.length - 1, at + 1);
  else next = Math.max(0, at < 0 ? 0 : at - 1);
  event.preventDefault();
  links[next]!.focus();
}
