/**
 * `web-ext lint` on the Firefox build (or the folder given): fails on any error, on any warning the
 * allowance in scripts/release/firefox-lint.ts does not name, and on an allowance whose count is not met.
 */
import { describeVerdict, judgeLint, webExtLint } from './release/firefox-lint';

const dir = process.argv[2] ?? '.output/firefox-mv2';
const { info, problems, summary } = describeVerdict(judgeLint(webExtLint(dir)));
info.forEach((line) => console.log(line));
if (problems.length) {
  problems.forEach((line) => console.error(line));
  console.error(summary);
  process.exit(1);
}
console.log(summary);
