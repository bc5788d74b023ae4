/** Only http(s) URLs become links; anything else (javascript:, data:, ftp:) stays text. */
export function isSafeLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
