import { DIGEST_SOURCE_URL } from '../i18n/panel-strings';
import type { Strings } from '../i18n/strings';

/** The digest's credit, with a link to its source: every page that shows a summary says where it comes from. */
export function Credit({ s }: { s: Pick<Strings, 'creditBefore' | 'creditLink' | 'creditAfter'> }) {
  return (
    <>
      {s.creditBefore}
      <a href={DIGEST_SOURCE_URL} target="_blank" rel="noopener noreferrer">
        {s.creditLink}
      </a>
      {s.creditAfter}
    </>
  );
}
