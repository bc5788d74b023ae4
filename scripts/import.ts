/**
 * npm run import -- <file-or-folder>... [--replace]
 *
 * Validates digest files with the build's parser and copies each, byte for byte, to
 * data/digests/YYYY-MM-DD.md (or $DATA_DIR/digests/), named from its `## Daily Papers (DATE)` heading.
 * A day already stored with other content is kept unless --replace is given. If any input is invalid,
 * nothing is written and the command exits with 1.
 */
import path from 'node:path';
import { formatErrors } from '../src/digest/errors';
import { formatReport, importDigests } from './import-digests';

const USAGE = 'usage: npm run import -- <file-or-folder>... [--replace]';

async function main(argv: string[]): Promise<number> {
  const flags = argv.filter((a) => a.startsWith('--'));
  const paths = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--replace');
  if (unknown.length || paths.length === 0) {
    console.error(unknown.length ? `import: unknown option ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const replace = flags.includes('--replace');
  const plan = await importDigests(paths, { dataDir: path.resolve(process.env.DATA_DIR ?? 'data'), replace });
  if (!plan.ok) {
    const files = new Set(plan.errors.map((e) => e.file));
    console.error(`import: nothing written: ${files.size} invalid file(s)`);
    for (const file of files) console.error(formatErrors(file, plan.errors.filter((e) => e.file === file)));
    return 1;
  }
  console.log(formatReport(plan.report, replace));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`import: ${(e as Error).message}`);
    process.exit(1);
  },
);
