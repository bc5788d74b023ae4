import { useEffect, useState } from 'preact/hooks';
import type { ReaderStrings } from '../i18n/reader-strings';
import type { IndexFeeder } from './index-feeder';

/**
 * How far the search index is. It follows every batch itself, so progress re-renders this line only.
 * Not a live region: a screen reader would hear a dozen progress lines; the results' count is one.
 */
export function IndexLine({ s, feeder }: { s: ReaderStrings; feeder: IndexFeeder }) {
  const [status, setStatus] = useState(feeder.status());
  useEffect(() => {
    setStatus(feeder.status());
    return feeder.subscribe(setStatus);
  }, [feeder]);
  if (status.state === 'failed') {
    return (
      <p class="rd-index rd-error" role="alert">
        {s.indexFailed} <span class="rd-detail">{status.error}</span>{' '}
        <button type="button" class="rd-link-btn" onClick={() => void feeder.retry()}>
          {s.retry}
        </button>
      </p>
    );
  }
  const text =
    status.state === 'ready' && status.ready
      ? s.indexReady(status.ready.stats.papers, status.ready.stats.days)
      : status.state === 'loading' && status.total
        ? s.indexLoading(status.loaded, status.total)
        : status.state === 'idle'
          ? s.indexIdle
          : s.loading;
  return <p class="rd-index">{text}</p>;
}
