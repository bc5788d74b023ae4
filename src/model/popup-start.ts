import { arxivRefFromUrl, arxivUrlParts } from '../arxiv/url';
import type { Repository } from './repository';
import type { PopupNotice, PopupStart } from '../messaging/protocol';

/** Decides which day the popup opens on: the active tab's paper's day, else the newest day. */
export async function resolveStart(repo: Repository, tabUrl: string | undefined): Promise<PopupStart> {
  const ref = tabUrl ? arxivRefFromUrl(tabUrl) : undefined;
  const tabIsArxiv = !!tabUrl && arxivUrlParts(tabUrl) !== undefined;
  const [dates, date] = await Promise.all([repo.dates(), ref ? repo.dateOf(ref.id) : Promise.resolve(undefined)]);
  if (date) {
    const day = await repo.day(date);
    if (day) return { day, dates, highlight: ref!.id, tabIsArxiv };
  }
  const newest = dates.at(-1);
  const day = newest ? await repo.day(newest) : undefined;
  const notice: PopupNotice | undefined = !newest ? { kind: 'empty' } : ref ? { kind: 'not-in-dataset', id: ref.id } : { kind: 'not-arxiv' };
  return { day, dates, notice, tabIsArxiv };
}
