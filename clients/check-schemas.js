// Compiles every JSON schema of openapi/openapi.json with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1)
// in strict mode, as an outside validator would: an unknown format (e.g. "local-time") or keyword fails the check.
// Formats known are ajv-formats' (the JSON Schema ones plus OpenAPI's int32, int64, float, double, byte, binary,
// password). OpenAPI's own schema keywords and x- extensions are allowed as annotations. Every example in a schema
// must also validate against that schema, and no multipleOf may be a fraction (see below).
// Usage: node clients/check-schemas.js [openapi/openapi.json]          (run by .ci/run)
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const file = process.argv[2] || path.join(__dirname, '..', 'openapi', 'openapi.json');
const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
const ROOT = 'https://fieldback.io/contract';

// component references become references into one schema document holding them all under $defs
const text = JSON.stringify(doc).replaceAll('"#/components/schemas/', `"${ROOT}#/$defs/`);
const contract = JSON.parse(text);

const extensions = new Set();
const failures = [];
(function collect(node, where) {
  if (Array.isArray(node)) return node.forEach((each, i) => collect(each, `${where}[${i}]`));
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) extensions.add(key);
      // validators divide in binary floating point: 30.592849 is no multiple of 0.000001 for them
      if (key === 'multipleOf' && !Number.isInteger(value)) {
        failures.push(`${where}: multipleOf ${value} rejects ordinary decimals in floating-point validators`);
      }
      collect(value, `${where}.${key}`);
    }
  }
})(contract, 'openapi');

const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
addFormats(ajv);
ajv.addVocabulary(['discriminator', 'xml', 'externalDocs', 'example', ...extensions]);
try {
  ajv.addSchema({ $id: ROOT, $defs: contract.components.schemas });
} catch (e) {
  failures.push(`components: ${e.message}`);
}

let compiled = 0;
let examples = 0;
function check(where, schema) {
  let validate;
  try {
    validate = ajv.compile(schema.$ref ? { $ref: schema.$ref } : schema);
    compiled++;
  } catch (e) {
    failures.push(`${where}: ${e.message}`);
    return;
  }
  for (const example of schema.examples || []) {
    examples++;
    if (!validate(example)) {
      failures.push(`${where}: example ${JSON.stringify(example)} fails its own schema: ${ajv.errorsText(validate.errors)}`);
    }
  }
}

for (const name of Object.keys(contract.components.schemas)) {
  check(`components.schemas.${name}`, { $ref: `${ROOT}#/$defs/${name}` });
  // each property with examples on its own, so a failing example names its property
  const properties = contract.components.schemas[name].properties || {};
  for (const [property, schema] of Object.entries(properties)) {
    if (schema.examples) check(`components.schemas.${name}.${property}`, { ...schema });
  }
}
for (const [p, item] of Object.entries(contract.paths || {})) {
  for (const [method, op] of Object.entries(item)) {
    if (!op || typeof op !== 'object') continue;
    for (const param of op.parameters || []) {
      if (param.schema) check(`${method.toUpperCase()} ${p} parameter ${param.name}`, param.schema);
    }
    const bodies = [['request', op.requestBody], ...Object.entries(op.responses || {})];
    for (const [status, body] of bodies) {
      for (const [type, media] of Object.entries((body && body.content) || {})) {
        if (media.schema) check(`${method.toUpperCase()} ${p} ${status} ${type}`, media.schema);
      }
    }
  }
}

if (failures.length) {
  console.error(`${file}: ${failures.length} schema problem(s):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`${file}: ${compiled} schemas compile in Ajv strict mode (JSON Schema 2020-12, ajv-formats); `
  + `${examples} examples validate`);
