import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BROWSER_HELP, CHROME_BUILD, FIREFOX_BUILD, missingBrowsers } from './browsers';

/** Fails at once without browsers; builds the production extension once unless `npm test` just did. */
export default function globalSetup(): void {
  const missing = missingBrowsers();
  if (missing.length) throw new Error(`${missing.join('; ')}. ${BROWSER_HELP}`);
  const built = [CHROME_BUILD, FIREFOX_BUILD].every((d) => existsSync(path.join(d, 'manifest.json')));
  if (process.env.E2E_SKIP_BUILD === '1' && built) return;
  execSync('npm run build', { stdio: 'inherit' });
}
