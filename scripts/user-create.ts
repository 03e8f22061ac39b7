// npm run -s user:create -- --email you@example.org [--name "Your Name"] [--role admin]
// The password is read from standard input (its first line), so it never shows in the shell's
// history or the process list. Works with the server stopped (embedded) or running (PostgreSQL).
import readline from 'node:readline';
import { z } from 'zod';
import { recordAudit } from '../db/queries/audit';
import { createAccount } from '../lib/auth/users';
import { newUserSchema } from '../lib/validation/account';
import { argValue } from './args';
import { withDatabase } from './cli';

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(1);
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (at least 10 characters): ');
  const lines = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

const password = await readPassword();
const parsed = newUserSchema.safeParse({
  email: argValue('email'),
  name: argValue('name'),
  role: argValue('role'),
  password,
});
if (!parsed.success) fail(z.prettifyError(parsed.error).replace(/\n/g, ' '));

await withDatabase('user:create', async ({ db }) => {
  const user = await createAccount({ db, user: parsed.data }).catch((err: Error) => fail(err.message));
  await recordAudit({ db, action: 'user-created', subject: user.email, detail: { role: user.role, via: 'cli' } });
  console.log(`Made ${user.role} ${user.email}. They sign in at /sign-in.`);
});
