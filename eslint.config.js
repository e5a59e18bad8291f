// ESLint: typescript-eslint's recommended type-checked rules, import order, no unused variables.
// Formatting is Prettier's job (.prettierrc.json); nothing here is about layout.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', '.qawl/', 'src/generated/', 'tools/neo4j/target/', 'bench/out/', 'bench/.data/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'tools/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index', 'type'],
          alphabetize: { order: 'asc', caseInsensitive: true },
          'newlines-between': 'never',
        },
      ],
      'import-x/no-duplicates': 'error',
      // `void x;` silences an unused variable instead of removing it (`void promise` stays allowed).
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExpressionStatement > UnaryExpression[operator='void'] > Identifier",
          message: 'Remove the unused variable instead of `void x;`.',
        },
      ],
      // Tuned for this codebase (noise here, not bugs):
      // - codegen's GraphQL enums are string enums compared with the strings that arrive on the wire;
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // - Apollo plugin hooks and context functions are async by their interface, with or without an await;
      '@typescript-eslint/require-await': 'off',
      // - XML export and text cleaning match control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read parsed XML and JSON and raw Neo4j records without declaring every shape.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (the CLI entry, the build script, this file): no type information to check against.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', console: 'readonly' } },
  },
);
