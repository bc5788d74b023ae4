/** The IDs (`data-id`) of a list's items that are at least partly on screen: their English is asked for first. */
export function papersOnScreen(list: HTMLElement | null): string[] {
  if (!list) return [];
  const height = window.innerHeight || document.documentElement.clientHeight;
  return [...list.querySelectorAll<HTMLElement>('li[data-id]')]
    .filter((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom > 0 && r.top < height;
    })
    .map((li) => li.dataset.id!);
}
