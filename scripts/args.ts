// Command-line arguments for the tools. Kept apart from cli.ts so that tools which never open the
// database (timex, extract, eval:*) do not load the database client and its server-only modules.

/** `--name value` and `--flag` from argv. */
export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
export const hasFlag = (name: string) => process.argv.includes(`--${name}`);
