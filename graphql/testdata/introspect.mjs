// Loads a Bevan GraphQL server's schema the way standard tools do and checks the documented queries against it.
// Usage: node introspect.mjs <graphql URL> <queries file>
// For each option set of graphql-js's getIntrospectionQuery (defaults; descriptions, specifiedByUrl,
// directiveIsRepeatable, schemaDescription and inputValueDeprecation on) it POSTs the query, requires an answer
// without errors, and builds a client schema with buildClientSchema. Every query in the queries file (blocks
// separated by lines starting with "# ---") is then parsed and validated against that schema.
// Prints one JSON object on stdout; exits 1 when anything failed.
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, parse, validate, version } from 'graphql';

const [url, queriesFile] = process.argv.slice(2);
const out = { graphqlVersion: version, variants: [], queries: [] };
let failed = false;

const variants = {
  defaults: {},
  everything: { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true },
};
let schema;
for (const [name, options] of Object.entries(variants)) {
  const v = { name, ok: false };
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery(options), operationName: 'IntrospectionQuery' }),
    });
    const body = await res.json();
    v.status = res.status;
    if (body.errors) {
      v.errors = body.errors.map((e) => e.message);
    } else {
      const s = buildClientSchema(body.data);
      v.types = Object.keys(s.getTypeMap()).length;
      v.queryFields = Object.keys(s.getQueryType().getFields());
      v.ok = true;
      schema = schema ?? s;
    }
  } catch (e) {
    v.errors = [String(e)];
  }
  failed ||= !v.ok;
  out.variants.push(v);
}

if (schema) {
  const text = readFileSync(queriesFile, 'utf8');
  const blocks = text.split(/^# ---.*$/m).map((b) => b.trim()).filter((b) => b.replace(/^#.*$/gm, '').trim() !== '');
  for (const q of blocks) {
    const r = { query: q };
    try {
      const errors = validate(schema, parse(q));
      if (errors.length) r.errors = errors.map((e) => e.message);
    } catch (e) {
      r.errors = [String(e.message ?? e)];
    }
    failed ||= !!r.errors;
    out.queries.push(r);
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
process.exitCode = failed ? 1 : 0;
