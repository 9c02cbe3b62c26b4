// @ts-check
/**
 * Lint for the whole tree (`npm run lint`, first step of `npm test`).
 * TypeScript files are linted with type information from the tsconfig that owns them
 * (the root tsconfig.json references the four targets); the few plain .mjs scripts are
 * linted without it. Style is limited to a few rules that already hold, so the rules
 * never force a reformat of files other people are changing.
 */
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'test-results/', 'playwright-report/', '.cache/', 'resources/demo/documents/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Ports and helpers here are objects of closures (`{ release() {…} }` made by factories), never `this`-bound classes,
      // so passing `admission.release` or `staff.changed` along is safe; the rule cannot tell them apart from class methods.
      '@typescript-eslint/unbound-method': 'off',
      // In-memory ports and fakes implement async interfaces without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // React's form and click handlers may be async; their promise is handled inside the handler.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // @peculiar/x509 types its keys with the DOM's CryptoKey, which the Node target (no DOM lib) cannot resolve, so they
    // read as error types there and the casts in x509.ts look unneeded; at run time they are Node's webcrypto keys.
    files: ['src/main/hub/tls/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      // vitest's asymmetric matchers (expect.any, expect.stringMatching) and fetch's json() are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      // A ws message in these tests is always one Buffer, whose toString is the text.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': ['error', { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
