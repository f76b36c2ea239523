/**
 * Broken specs, one mistake each, applied to the valid fixture. Each case lists the exact
 * problems the loader must report (position, subject, message and fix).
 */
import fs from 'node:fs';
import path from 'node:path';
import { edit } from './test-support/fixture.js';

export interface BrokenCase {
  readonly name: string;
  readonly mutate: (specs: string) => void;
  readonly expected: readonly string[];
}

const P = 'demo/resources/pins.yaml';
const S = 'demo/shortcuts/pins-list.yaml';
const sub = (file: string, find: string | RegExp, replace: string) => (specs: string) => edit(specs, file, find, replace);

export const brokenCases: BrokenCase[] = [
  { name: 'YAML syntax error', mutate: sub(P, 'summary: Pin a message', 'summary: [Pin a message'), expected: [
      "specs/demo/resources/pins.yaml:9:5: YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (fix: correct the YAML syntax at this position)",
      "specs/demo/resources/pins.yaml:9:18: YAML: Implicit keys need to be on a single line (fix: correct the YAML syntax at this position)",
      "specs/demo/resources/pins.yaml:9:18: YAML: Nested mappings are not allowed in compact mappings (fix: correct the YAML syntax at this position)",
      "specs/demo/resources/pins.yaml:10:11: YAML: Implicit keys need to be on a single line (fix: correct the YAML syntax at this position)",
      "specs/demo/resources/pins.yaml:10:11: YAML: Nested mappings are not allowed in compact mappings (fix: correct the YAML syntax at this position)",
    ],
  },
  { name: 'duplicate key', mutate: sub(P, '    summary: Pin a message\n', '    summary: Pin a message\n    summary: Pin it\n'), expected: [
      "specs/demo/resources/pins.yaml:9:5: YAML: Map keys must be unique (fix: remove or rename the repeated key)",
    ],
  },
  { name: 'unknown key in a method', mutate: sub(P, '    risk: write\n', '    risk: write\n    retries: 3\n'), expected: [
      "specs/demo/resources/pins.yaml:11:5: demo.pins.create: unknown key \"retries\" (fix: allowed keys: version, http, path, summary, description, risk, identities, pathParams, query, body, response, pagination, rateLimit, limits, errors, examples, notes)",
    ],
  },
  { name: 'misspelt required key', mutate: sub(P, 'summary: Pin a message', 'sumary: Pin a message'), expected: [
      "specs/demo/resources/pins.yaml:5:5: demo.pins.create: missing required key \"summary\" (fix: add \"summary\")",
      "specs/demo/resources/pins.yaml:8:5: demo.pins.create: unknown key \"sumary\" (fix: did you mean \"summary\"?)",
    ],
  },
  { name: 'HTTP method not allowed', mutate: sub(P, 'http: POST', 'http: PUSH'), expected: [
      "specs/demo/resources/pins.yaml:6:11: demo.pins.create: http: \"PUSH\" is not allowed (fix: did you mean \"POST\"?)",
    ],
  },
  { name: 'unknown risk class', mutate: sub(P, 'risk: write', 'risk: dangerous'), expected: [
      "specs/demo/resources/pins.yaml:10:11: demo.pins.create: risk: \"dangerous\" is not allowed (fix: use one of \"read\", \"write\", \"high-risk-write\")",
    ],
  },
  { name: 'path outside /open-apis', mutate: sub(P, 'path: /open-apis/demo/v1/pins\n', 'path: /api/demo/v1/pins\n'), expected: [
      "specs/demo/resources/pins.yaml:7:11: demo.pins.create: path: \"/api/demo/v1/pins\" does not match ^/open-apis/[a-z0-9_/{}.]+$ (fix: paths start with /open-apis/ and use lowercase, digits, _, / and {param})",
    ],
  },
  { name: 'path version differs from version', mutate: sub(P, 'path: /open-apis/demo/v1/pins\n', 'path: /open-apis/demo/v2/pins\n'), expected: [
      "specs/demo/resources/pins.yaml:7:11: demo.pins.create: path \"/open-apis/demo/v2/pins\" does not start with /open-apis/demo/v1/ (fix: make the path start with /open-apis/demo/v1/ or correct version/service)",
    ],
  },
  { name: 'path param renamed in the template only', mutate: sub(P, '/chats/{chat_id}/pins', '/chats/{chat}/pins'), expected: [
      "specs/demo/resources/pins.yaml:47:11: demo.pins.list: path param \"chat\" is in the path but not declared (fix: declare it under pathParams: chat: {type: string, description: …})",
      "specs/demo/resources/pins.yaml:59:7: demo.pins.list: path param \"chat_id\" is declared but the path has no {chat_id} (fix: add {chat_id} to the path or remove the declaration)",
    ],
  },
  { name: 'unknown scope', mutate: sub(P, 'anyOf: [demo:pin:write]', 'anyOf: [demo:pin:writ]'), expected: [
      "specs/demo/resources/pins.yaml:14:19: demo.pins.create: identity \"bot\": scope \"demo:pin:writ\" is not declared in any scopes.yaml (fix: did you mean \"demo:pin:write\"? Otherwise declare it in scopes.yaml)",
    ],
  },
  { name: 'scope not valid for the identity', mutate: sub('demo/scopes.yaml', 'description: Read pins.\n    identities: [bot, user]', 'description: Read pins.\n    identities: [bot]'), expected: [
      "specs/demo/resources/pins.yaml:57:19: demo.pins.list: identity \"user\": scope \"demo:pin:read\" does not apply to the user identity (scopes.yaml lists bot) (fix: add user to its identities in specs/demo/scopes.yaml or use another scope)",
    ],
  },
  { name: 'unknown shared schema', mutate: sub(P, '          ref: Pin\n          description: The new pin.', '          ref: Pinn\n          description: The new pin.'), expected: [
      "specs/demo/resources/pins.yaml:27:16: demo.pins.create: response field \"pin\": unknown schema \"Pinn\" (fix: did you mean \"Pin\"?)",
    ],
  },
  { name: 'field with both type and ref', mutate: sub(P, '          ref: Pin\n          description: The new pin.', '          ref: Pin\n          type: object\n          description: The new pin.'), expected: [
      "specs/demo/resources/pins.yaml:27:11: demo.pins.create: response field \"pin\": has both \"type\" and \"ref\" (fix: keep one: \"ref\" names a shared schema, \"type\" declares the value inline)",
    ],
  },
  { name: 'field with neither type nor ref', mutate: sub(P, '          type: string\n          description: The message to pin.', '          description: The message to pin.'), expected: [
      "specs/demo/resources/pins.yaml:20:11: demo.pins.create: body field \"message_id\": needs a \"type\" or a \"ref\" (fix: add type: string|integer|number|boolean|object|array|file|any, or ref: <SharedSchema>)",
    ],
  },
  { name: 'unknown field type', mutate: sub(P, 'type: integer\n        description: Page size.', 'type: int\n        description: Page size.'), expected: [
      "specs/demo/resources/pins.yaml:69:15: demo.pins.list: query param \"page_size\" type: \"int\" is not allowed (fix: did you mean \"integer\"?)",
    ],
  },
  { name: 'empty enum', mutate: sub(P, 'enum: [asc, desc]', 'enum: []'), expected: [
      "specs/demo/resources/pins.yaml:66:15: demo.pins.list: query param \"sort\" enum: needs at least 1 item(s) (fix: add entries)",
    ],
  },
  { name: 'default outside the enum', mutate: sub(P, 'default: asc', 'default: up'), expected: [
      "specs/demo/resources/pins.yaml:67:18: demo.pins.list: query param \"sort\": default \"up\" is not one of the enum values (fix: use one of asc, desc)",
    ],
  },
  { name: 'pagination names a missing response field', mutate: sub(P, 'hasMore: has_more', 'hasMore: has_mor'), expected: [
      "specs/demo/resources/pins.yaml:94:16: demo.pins.list: pagination: response field \"has_mor\" does not exist (fix: did you mean \"has_more\"?)",
    ],
  },
  { name: 'pagination names a missing query param', mutate: sub(P, 'pageToken: page_token', 'pageToken: cursor'), expected: [
      "specs/demo/resources/pins.yaml:91:18: demo.pins.list: pagination: query param \"cursor\" does not exist (fix: declare it under query or correct pageToken)",
    ],
  },
  { name: 'example body uses an unknown field', mutate: sub(P, '          body:\n            message_id: om_1', '          body:\n            msg_id: om_1'), expected: [
      "specs/demo/resources/pins.yaml:39:13: demo.pins.create: example #1 request body: missing required field \"message_id\" (fix: make the example match the parameter definitions)",
      "specs/demo/resources/pins.yaml:39:13: demo.pins.create: example #1 request body: unknown field \"msg_id\" (fix: make the example match the parameter definitions)",
    ],
  },
  { name: 'example response has a wrong type', mutate: sub(P, 'has_more: false', 'has_more: "no"'), expected: [
      "specs/demo/resources/pins.yaml:105:11: demo.pins.list: example #1 response: has_more must be boolean (fix: make the example match the response schema)",
    ],
  },
  { name: 'example query breaks an enum', mutate: sub(P, '            page_size: 20', '            page_size: 20\n            sort: random'), expected: [
      "specs/demo/resources/pins.yaml:103:13: demo.pins.list: example #1 request query: sort must be one of \"asc\", \"desc\" (fix: make the example match the parameter definitions)",
    ],
  },
  { name: 'example identity the method lacks', mutate: sub(P, '        as: bot\n', '        as: user\n'), expected: [
      "specs/demo/resources/pins.yaml:36:13: demo.pins.create: example #1: identity \"user\" is not one this method supports (bot) (fix: use as: bot)",
    ],
  },
  { name: 'GET method that is not a read', mutate: sub(P, 'risk: read', 'risk: write'), expected: [
      "specs/demo/resources/pins.yaml:50:11: demo.pins.list: a GET method must have risk \"read\", not \"write\" (fix: set risk: read)",
    ],
  },
  { name: 'error code listed twice', mutate: sub(P, '        meaning: A parameter is wrong.\n', '        meaning: A parameter is wrong.\n      - code: 230001\n        http: 400\n        message: Again.\n        meaning: Again.\n'), expected: [
      "specs/demo/resources/pins.yaml:34:15: demo.pins.create: error #2: code 230001 is listed twice (also error #1) (fix: merge the two entries)",
    ],
  },
  { name: 'shortcut calls an unknown method', mutate: sub(S, 'calls: [demo.pins.list]', 'calls: [demo.pins.lst]'), expected: [
      "specs/demo/shortcuts/pins-list.yaml:10:9: +pins-list: calls \"demo.pins.lst\", which no spec defines (fix: did you mean \"demo.pins.list\"?)",
    ],
  },
  { name: 'shortcut rule names an unknown flag', mutate: sub(S, 'atMostOne: [sort, limit]', 'atMostOne: [sort, limt]'), expected: [
      "specs/demo/shortcuts/pins-list.yaml:28:16: +pins-list: rule #1 (atMostOne) names unknown flag --limt (fix: did you mean --limit?)",
    ],
  },
  { name: 'shortcut documents an error code nobody defines', mutate: sub(S, 'examples:\n  - title: List pins', 'errors:\n  - code: 230099\n    fix: Try again later.\nexamples:\n  - title: List pins'), expected: [
      "specs/demo/shortcuts/pins-list.yaml:38:11: +pins-list: error 230099 is documented by none of the methods it calls nor by the service's platformErrors (fix: add the code to the method that answers with it, or to platformErrors in service.yaml, so its meaning is known)",
    ],
  },
  { name: 'shortcut default identity it does not have', mutate: sub(S, 'defaultIdentity: bot', 'defaultIdentity: user'), expected: [
      "specs/demo/shortcuts/pins-list.yaml:9:18: +pins-list: default identity \"user\" is not among its identities (bot) (fix: use bot)",
    ],
  },
  { name: 'shortcut example runs another command', mutate: sub(S, 'lark-cli demo +pins-list', 'lark-cli demo +pin-list'), expected: [
      "specs/demo/shortcuts/pins-list.yaml:39:14: +pins-list: example #1 does not run this shortcut (fix: start the command with \"lark-cli demo +pins-list\")",
    ],
  },
  { name: 'placeholder text left', mutate: sub(P, 'description: Pins a message to the top of its chat.', 'description: TODO'), expected: [
      "specs/demo/resources/pins.yaml:9:18: demo.pins.create: description: placeholder text left (\"TODO\") (fix: write the real text)",
    ],
  },
  { name: 'resource name differs from the file name', mutate: sub(P, 'resource: pins', 'resource: pin'), expected: [
      "specs/demo/resources/pins.yaml:1:11: resource \"pin\" does not match the file name \"pins.yaml\" (fix: rename the file to pin.yaml or set resource: pins)",
      "specs/demo/shortcuts/pins-list.yaml:10:9: +pins-list: calls \"demo.pins.list\", which no spec defines (fix: add the method to a resource spec or fix the id)",
    ],
  },
  { name: 'stray YAML file', mutate: (specs) => fs.writeFileSync(path.join(specs, 'demo', 'extra.yaml'), 'a: 1\n'), expected: [
      "specs/demo/extra.yaml:1:1: not a spec file this loader knows (fix: spec files are <service>/service.yaml, scopes.yaml, resources/*.yaml, schemas/*.yaml or shortcuts/*.yaml)",
    ],
  },
  { name: 'shared schema declared twice', mutate: (specs) => fs.writeFileSync(path.join(specs, 'demo', 'schemas', 'again.yaml'), 'schemas:\n  Pin:\n    type: object\n    description: Again.\n'), expected: [
      "specs/demo/schemas/pin.yaml:2:3: schema Pin: declared twice (also in specs/demo/schemas/again.yaml) (fix: keep one declaration and reference it with ref)",
    ],
  },
  { name: 'multipart body without a file field', mutate: sub(P, 'encoding: json', 'encoding: multipart'), expected: [
      "specs/demo/resources/pins.yaml:16:17: demo.pins.create: a multipart body needs at least one field of type \"file\" (fix: add the file field or use encoding: json)",
    ],
  },
  { name: 'repeated outside the query', mutate: sub(P, '          description: The message to pin.\n', '          description: The message to pin.\n          repeated: true\n'), expected: [
      "specs/demo/resources/pins.yaml:22:21: demo.pins.create: body field \"message_id\": \"repeated\" is only meaningful for query params (fix: use type: array with items instead)",
      "specs/demo/resources/pins.yaml:40:13: demo.pins.create: example #1 request body: message_id must be array (fix: make the example match the parameter definitions)",
    ],
  },
  { name: 'query param of type object', mutate: sub(P, 'type: string\n        description: Page token.', 'type: object\n        description: Page token.'), expected: [
      "specs/demo/resources/pins.yaml:74:15: demo.pins.list: query param \"page_token\": query params cannot be objects (fix: use a scalar type with repeated: true for lists)",
    ],
  },
  { name: 'flag default of the wrong type', mutate: sub(S, '    description: How many.\n', '    description: How many.\n    default: ten\n'), expected: [
      "specs/demo/shortcuts/pins-list.yaml:26:14: +pins-list: flag --limit: default \"ten\" does not fit type integer (fix: write a integer)",
    ],
  },
  { name: 'service without scopes.yaml', mutate: (specs) => fs.rmSync(path.join(specs, 'demo', 'scopes.yaml')), expected: [
      "specs/demo/service.yaml:1:1: service \"demo\" has no scopes.yaml (fix: create specs/demo/scopes.yaml listing the scopes its methods need)",
    ],
  },
  { name: 'invalid regular expression', mutate: sub(S, 'pattern: ^oc_', 'pattern: "^oc_("'), expected: [
      "specs/demo/shortcuts/pins-list.yaml:17:14: +pins-list: flag --chat-id: pattern is not a valid regular expression (fix: fix the regular expression)",
    ],
  },
  { name: 'service name differs from its folder', mutate: sub('demo/service.yaml', 'name: demo', 'name: dem0'), expected: [
      "specs/demo/service.yaml:1:7: service \"dem0\" does not match its folder \"demo\" (fix: set name: demo)",
    ],
  },
  { name: 'unknown flag type', mutate: sub(S, '    type: integer\n    description: How many.', '    type: number\n    description: How many.'), expected: [
      "specs/demo/shortcuts/pins-list.yaml:24:11: +pins-list: flag --limit type: \"number\" is not allowed (fix: use one of \"string\", \"integer\", \"boolean\", \"list\", \"path\")",
    ],
  },
  { name: 'min greater than max', mutate: sub(P, 'minimum: 1\n        maximum: 50', 'minimum: 51\n        maximum: 50'), expected: [
      "specs/demo/resources/pins.yaml:71:18: demo.pins.list: query param \"page_size\": minimum 51 is greater than maximum 50 (fix: swap or correct the bounds)",
      "specs/demo/resources/pins.yaml:103:13: demo.pins.list: example #1 request query: page_size must be >= 51 (fix: make the example match the parameter definitions)",
    ],
  },
];
