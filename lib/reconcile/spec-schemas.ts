// For tests: the published JSON schemas of the Reconciliation API 0.2 (schemas/0.2, vendored), as
// ajv validators. An answer that fails one is not what OpenRefine or any other client expects.
import Ajv, { type ValidateFunction } from 'ajv';
import manifest from './schemas/0.2/manifest.json';
import queryBatch from './schemas/0.2/reconciliation-query-batch.json';
import resultBatch from './schemas/0.2/reconciliation-result-batch.json';
import suggestEntities from './schemas/0.2/suggest-entities-response.json';
import type from './schemas/0.2/type.json';

type Schema = Record<string, unknown>;
/** The published files name draft "schema#" as meta-schema, which ajv does not know: dropped. */
const plain = (schema: Schema): Schema => Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema'));

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(plain(type));
// manifest.json refers to Swagger 2's security definitions for `authentication`, which we never send.
ajv.addSchema({
  $id: 'http://swagger.io/v2/schema.json',
  definitions: { securityDefinitions: { additionalProperties: {} } },
});

export const specValidators: Record<'manifest' | 'queries' | 'results' | 'suggest', ValidateFunction> = {
  manifest: ajv.compile(plain(manifest)),
  queries: ajv.compile(plain(queryBatch)),
  results: ajv.compile(plain(resultBatch)),
  suggest: ajv.compile(plain(suggestEntities)),
};

/** The validator's errors as text, for an assertion's message. */
export const specErrors = (v: ValidateFunction) => ajv.errorsText(v.errors);
