import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'web/dist/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Spreading an array whose size follows the input into a call puts every element on the stack:
    // past some hundred thousand it throws RangeError. Use pushAll / minOf / maxOf (src/core/collections.ts) or a loop.
    files: ['src/**/*.ts', 'bench/compare-scale.ts', 'bench/scale-text.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift|splice|concat)$/] > SpreadElement",
          message: 'No spread into push/unshift/splice/concat: use pushAll (src/core/collections.ts) or a loop; a long array overflows the stack.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min|hypot)$/] > SpreadElement",
          message: 'No spread into Math.max/min: use maxOf/minOf (src/core/collections.ts); a long array overflows the stack.',
        },
        {
          selector: "CallExpression[callee.property.name=/^fromC(harCode|odePoint)$/] > SpreadElement",
          message: 'No spread into String.fromCharCode/fromCodePoint: convert in chunks or use TextDecoder; a long array overflows the stack.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
