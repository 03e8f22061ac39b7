// Where the bench writes its figures: bench/results/ by default, or the folder given by --out
// (the command tests run the bench at its smallest sizes without touching the committed figures).
import fs from 'node:fs';
import path from 'node:path';
import { argValue } from '../scripts/args';

export function writeResult(name: string, data: unknown): string {
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), argValue('out') ?? path.join('bench', 'results'));
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`   wrote ${path.relative(process.cwd(), file)}`);
  return file;
}
