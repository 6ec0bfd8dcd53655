// Lint, and the one-way arrows of ../shared/DESIGN.md: renderer -> shared <- electron; core never imports
// electron, main, cli or server; nothing but electron/main and electron/preload imports 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
  'stream',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './shared',
              from: ['./electron', './renderer'],
              message: 'shared/ is pure: it imports nothing of the app.',
            },
            {
              target: './electron/core',
              from: [
                './electron/main',
                './electron/preload',
                './electron/cli',
                './electron/server',
                './renderer',
              ],
              message: 'core runs everywhere: it must not import its hosts.',
            },
            {
              target: './renderer',
              from: ['./electron'],
              message: 'The renderer talks to the core only through the contract.',
            },
            { target: './electron', from: ['./renderer'], message: 'electron/ never imports the renderer.' },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**', 'test/main/**', 'test/mocks/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never imports electron.' }],
          patterns: [{ group: nodeBuiltins, message: 'The renderer runs without Node.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [{ group: nodeBuiltins, message: 'shared/ runs without Node and without a DOM.' }],
        },
      ],
    },
  },
);
