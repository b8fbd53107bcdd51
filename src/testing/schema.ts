import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** A validator for the public dossier schema in ../shared/schema. */
export function dossierValidator(shared: string): (d: unknown) => string[] {
  const schema = JSON.parse(readFileSync(join(shared, 'schema/dossier.schema.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => void;
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (d) => (validate(d) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));
}
