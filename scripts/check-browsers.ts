/** First step of `npm test`: fail at once, with the fix, when a test browser is missing. */
import { BROWSER_HELP, missingBrowsers } from '../tests/e2e/browsers';

const missing = missingBrowsers();
if (missing.length) {
  console.error(`npm test needs the test browsers:\n  - ${missing.join('\n  - ')}\n${BROWSER_HELP}`);
  process.exit(1);
}
