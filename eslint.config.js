import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** The core's only globals: ECMAScript's, plus the few that Node, workers and browsers all have. */
const CORE_GLOBALS = { ...globals.es2021, TextDecoder: 'readonly', TextEncoder: 'readonly', ReadableStream: 'readonly' };

export default tseslint.config(
  { ignores: ['dist/**', 'dist-cli/**', 'node_modules/**', 'test-results/**', 'data/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain Node scripts (run before dependencies are built); TypeScript files get Node's
    // globals from @types/node instead.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The core must stay free of DOM, of Node and of the web app: it runs in Node, a Web Worker and
    // the CLI alike. no-undef with ES-only globals (and the ES lib for types) catches window,
    // document, fetch, process, Buffer…; the imports rule catches fs, node:* and the viewer.
    files: ['src/**/*.ts'],
    languageOptions: { globals: CORE_GLOBALS, parserOptions: { lib: ['es2023'] } },
    rules: {
      'no-undef': 'error',
      'no-restricted-imports': ['error', {
        paths: builtinModules.map((name) => ({ name, message: 'src/ is pure: no Node APIs (pass data in instead).' })),
        patterns: [
          { group: ['node:*'], message: 'src/ is pure: no Node APIs (pass data in instead).' },
          { group: ['../web/*', '../../web/*', 'react', 'maplibre-gl', '@deck.gl/*'], message: 'src/ must not depend on the viewer.' },
        ],
      }],
    },
  },
  {
    // The viewer and the scripts use the core through its public index only.
    files: ['web/**/*.ts', 'web/**/*.tsx', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)src/(?!index\\.ts$)', message: 'Import the core through src/index.ts only.' }],
      }],
    },
  },
);
