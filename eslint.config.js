// `npm run lint`: ESLint with typescript-eslint's type-aware rules (the checker sees what tsc sees) and
// Prettier for the layout (eslint-config-prettier turns off every rule that would argue with it).
// Why these tools, and what each choice below guards: docs/contributing.md, "Lint and format".
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['**/*.test.ts', '**/testing/**', 'suites/**']; // tests and test support (docs/architecture.md, "Test files")

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'reports/', 'generated/', '.scratch*/', 'tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        // bin/ and scripts/ are in tsconfig.json (allowJs): their .mjs files get type-aware rules too.
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter a signature needs and the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // A test reads the JSON a server answered and asserts on it: the assertion is the type check, so
    // reading fields of an untyped body is the point, not a hole.
    files: TESTS,
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    // One job per function (docs/architecture.md, "Small functions"): the proxy and the client, once
    // closures of a few hundred lines standing in for modules, are held to it.
    files: ['src/proxy/**/*.ts', 'src/client/**/*.ts'],
    ignores: TESTS,
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    // One clock for the simulator (src/simulator/clock.ts): a test moves it with /__simulator/clock,
    // so any other reading of the system's time would be a part of the simulator the clock misses.
    files: ['src/simulator/**/*.ts'],
    ignores: [...TESTS, 'src/simulator/clock.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: "read the simulator's clock (store.now(), src/simulator/clock.ts), not the system's" },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "read the simulator's clock (store.now(), src/simulator/clock.ts), not the system's",
        },
      ],
    },
  },
  {
    // The HTML report's script runs in the browser. It is linted with every type-aware rule like the
    // rest: `// @ts-check` and JSDoc types (those of src/reporting/types.ts) give the checker its types.
    files: ['src/reporting/assets/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // CommonJS on purpose (src/api/keyword-runtime.cjs: the generated standalone validators require
    // it at run time), so require() is its import statement, not a TypeScript-era leftover.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
