// One lint config for server, client, contract and tests, with
// typescript-eslint's type-checked rules: a floating promise against a
// database driver is a lost error, so those rules are errors here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// One adapter: only server/neo4j/** imports the driver; the rest of the server
// runs Cypher through its run functions and names its types through it.
// Listed again in each server folder's own rule, since a later rule for a file
// replaces an earlier one rather than adding to it.
const driverOnlyInAdapter = {
  group: ['neo4j-driver', 'neo4j-driver/*', 'neo4j-driver-*'],
  message:
    'Only server/neo4j imports neo4j-driver: run Cypher with server/neo4j/execute.ts and name driver types from server/neo4j/driver.ts.',
};

// The canvas binding: the only client code that holds a Cytoscape instance.
// graph/viewport.ts sets a Core's renderer options; graph/fcose-positions.ts
// runs a headless Cytoscape inside the layout worker.
const CANVAS_BINDING = [
  'client/src/ui/canvas.ts',
  'client/src/ui/canvas/**',
  'client/src/graph/viewport.ts',
  'client/src/graph/fcose-positions.ts',
  // Declarations of the Cytoscape plugins' types.
  'client/src/types/**',
];
const clientOverHttp = {
  group: ['**/server/**', 'neo4j-driver', 'express', 'node:*'],
  message: 'The client talks to the server over HTTP only (client/src/api).',
};
const noCytoscape = {
  group: ['cytoscape', 'cytoscape-*'],
  message:
    'Only the canvas binding (ui/canvas.ts, ui/canvas/) uses Cytoscape: ask the Canvas for plain data.',
};
const noCyMember = [
  {
    selector: "MemberExpression[property.name='cy']",
    message:
      'Only the canvas binding (ui/canvas.ts, ui/canvas/) reaches Cytoscape: ask the Canvas for plain data.',
  },
  {
    selector: "ObjectPattern > Property[key.name='cy']",
    message:
      'Only the canvas binding (ui/canvas.ts, ui/canvas/) reaches Cytoscape: ask the Canvas for plain data.',
  },
];

// A control's value is parsed with the contract's schema (client/src/ui/form-read.ts),
// never cast into a union: `mode.value as 'ranked' | …` once sent what the
// server refused. (test/unit/client/contract-unions.test.ts finds unions restated.)
const noCastValue = {
  selector: "TSAsExpression[expression.property.name='value'][typeAnnotation.type='TSUnionType']",
  message:
    "Parse a control's value with the contract's schema (ui/form-read.ts readValue), never cast it into a union.",
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.neo4j/', 'test-results/', 'coverage/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Tests read JSON response bodies (typed any by supertest) to assert on them.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // The layers (ARCHITECTURE in README.md). Each rule names what broke it before.
  {
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/client/**', 'neo4j-driver', 'express'],
              message: 'The contract is shared: zod only, no server, client or driver.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [clientOverHttp] }] },
  },
  {
    // One canvas binding touches Cytoscape (CANVAS_BINDING); the rest of the
    // client gets plain data from it and talks through the store
    // (ui/explorer.ts). Panels once read `canvas.cy` in fifteen places, and
    // the production page once set `window.cy` for the tests.
    files: ['client/src/**/*.ts'],
    ignores: [...CANVAS_BINDING, 'client/src/graph/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [clientOverHttp, noCytoscape] }],
      'no-restricted-syntax': ['error', ...noCyMember, noCastValue],
    },
  },
  {
    // The graph helpers build the plain JSON Cytoscape reads (elements,
    // stylesheets, layout options): its types, never an instance.
    files: ['client/src/graph/**/*.ts'],
    ignores: CANVAS_BINDING,
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [clientOverHttp, { ...noCytoscape, allowTypeImports: true }] },
      ],
      'no-restricted-syntax': ['error', ...noCyMember],
    },
  },
  {
    // Tests and benchmarks reach the canvas through its test hook
    // (test/support/canvas-hook.ts), never Cytoscape's own objects.
    files: ['test/e2e/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(cy|_cyreg)$/]',
          message:
            'Ask the canvas through its test hook (test/support/canvas-hook.ts), not Cytoscape.',
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/neo4j/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [driverOnlyInAdapter] }] },
  },
  {
    files: ['server/graph/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/loader/**', '**/http/**'],
              message: 'Graph queries do not depend on the seed loader or on HTTP.',
            },
            driverOnlyInAdapter,
          ],
        },
      ],
    },
  },
  {
    // Driver values are decoded once (server/neo4j/decode.ts, convert.ts); a cast hides a drift
    // between a query and its reader until a user sees the wrong answer.
    files: ['server/**/*.ts'],
    ignores: ['server/neo4j/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "TSAsExpression:has(CallExpression[callee.property.name=/^(get|toObject)$/]), TSAsExpression:has(CallExpression[callee.name='toPlain'])",
          message:
            'Decode driver values with server/neo4j/decode.ts (readNode, readStrings, readPlain, …) instead of casting them.',
        },
      ],
    },
  },
  {
    files: ['server/http/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...driverOnlyInAdapter.group, '**/neo4j/driver*'],
              message:
                'HTTP code maps errors through server/neo4j/errors.ts, never the driver itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/client/**', 'neo4j-driver', 'node:*'],
              message: 'The core is pure: the contract only, no server, client, driver or I/O.',
            },
          ],
        },
      ],
    },
  },
  {
    // Functions of one concern: each client panel was once one 130–240-line
    // closure that built DOM, fetched, kept state and rendered.
    files: ['client/src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
