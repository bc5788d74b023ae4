/** Authors shortened for a one-line list: the first few, then "et al.". */
export function shortAuthors(authors: readonly string[], max = 3): { shown: string[]; hidden: number } {
  if (authors.length <= max + 1) return { shown: [...authors], hidden: 0 };
  return { shown: authors.slice(0, max), hidden: authors.length - max };
}
