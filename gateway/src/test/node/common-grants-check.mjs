// Validates the gateway's /common-grants answers against the CommonGrants protocol's own OpenAPI document (compiled
// from @common-grants/core's TypeSpec by `tsp compile common-grants.tsp`): node common-grants-check.mjs <openapi.json>
// <answers.json>, where answers.json is [{"operation": "list" | "read" | "search", "status": 200, "body": {...}}].
// Prints one line per answer that does not validate, and exits 1 if any.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [documentPath, answersPath] = process.argv.slice(2);
const document = JSON.parse(readFileSync(documentPath, "utf8"));
const answers = JSON.parse(readFileSync(answersPath, "utf8"));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...document, $id: "commongrants" });

const routes = {
  list: ["/common-grants/opportunities", "get"],
  read: ["/common-grants/opportunities/{oppId}", "get"],
  search: ["/common-grants/opportunities/search", "post"],
};
const pointer = (...parts) => parts.map((p) => String(p).replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

let failures = 0;
for (const [index, answer] of answers.entries()) {
  const [path, method] = routes[answer.operation];
  const declared = document.paths[path][method].responses[String(answer.status)];
  // the protocol declares the errors it names (404 on read); every other error takes its Error shape
  const ref = declared
    ? "commongrants#/" + pointer("paths", path, method, "responses", answer.status, "content", "application/json", "schema")
    : answer.status >= 400
      ? "commongrants#/components/schemas/CommonGrants.Responses.Error"
      : null;
  if (!ref) {
    console.log(`#${index} ${answer.operation} ${answer.status}: the protocol declares no such answer`);
    failures++;
    continue;
  }
  const validate = ajv.compile({ $ref: ref });
  if (!validate(answer.body)) {
    failures++;
    console.log(`#${index} ${answer.operation} ${answer.status}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
  }
}
console.log(`${answers.length - failures} of ${answers.length} answers follow the CommonGrants protocol`);
process.exit(failures === 0 ? 0 : 1);
