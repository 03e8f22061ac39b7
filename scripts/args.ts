// Command-line arguments for the tools. Kept apart from cli.ts so that tools which never open the
// database (timex, extract, eval:*) do not load the database client and its server-only modules.
import fs from 'node:fs';
import path from 'node:path';

/** `--name value` and `--flag` from argv. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
export const hasFlag = (name: string) => process.argv.includes(`--${name}`);

/** A tool's failure: its name and the message on standard error, exit code 2. */
export function fail(tool: string, message: string): never {
  console.error(`${tool}: ${message}`);
  process.exit(2);
}

/**
 * The file a tool reads (its last argument; "-" is standard input, returned as null), after refusing an option it
 * does not know, a missing file and a folder, each with a message (INIT_CWD: where `npm run` was typed).
 */
export function inputFile(tool: string, option: string, usage: string): string | null {
  const args = process.argv.slice(2);
  const unknown = args.find((a) => a.startsWith('--') && a !== `--${option}`);
  if (unknown) fail(tool, `unknown option ${unknown}: the only one is --${option} ${usage}`);
  const file = args.filter((a, i) => a === '-' || (!a.startsWith('--') && args[i - 1] !== `--${option}`)).at(-1);
  if (!file) fail(tool, 'name a file (or - for standard input)');
  if (file === '-') return null;
  const filePath = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  if (!fs.existsSync(filePath)) fail(tool, `no such file: ${filePath}`);
  if (fs.statSync(filePath).isDirectory()) fail(tool, `${filePath} is a folder, not a file`);
  return filePath;
}
