// Environment, validated once: a bad value stops start-up with a message naming it.
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL')
    .optional(),
  FAULTLINE_DATA_DIR: z.string().min(1).default('./data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string };

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    FAULTLINE_DATA_DIR: source.FAULTLINE_DATA_DIR || undefined,
    HOST: source.HOST || undefined,
    PORT: source.PORT || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  // npm runs scripts from the project root, so a relative data directory is the project's.
  return { ...parsed.data, dataDir: path.resolve(process.cwd(), parsed.data.FAULTLINE_DATA_DIR) };
}
