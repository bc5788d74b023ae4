import type { Ref } from 'preact';
import type { ReaderStrings } from '../i18n/reader-strings';

interface SearchBoxProps {
  s: ReaderStrings;
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
  /** Escape: the search is cleared. */
  onClear: () => void;
  /** ↓ from the box: into the results. */
  onDown: () => void;
}

export function SearchBox({ s, value, inputRef, onInput, onClear, onDown }: SearchBoxProps) {
  return (
    <form class="rd-search" role="search" onSubmit={(e) => e.preventDefault()}>
      <input
        ref={inputRef}
        id="rd-q"
        type="search"
        class="rd-search-input"
        aria-label={s.searchAll}
        aria-describedby="rd-keys"
        placeholder={s.searchAllPlaceholder}
        autocomplete="off"
        spellcheck={false}
        value={value}
        onInput={(e) => onInput((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClear();
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            onDown();
          }
        }}
      />
      <p id="rd-keys" class="rd-keys">
        {s.keyHelp}
      </p>
    </form>
  );
}
