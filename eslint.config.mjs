// One lint configuration for the workspace: type-aware TypeScript rules, real Nx module boundaries,
// and the rule that libs/domain stays framework-free.
import fs from 'node:fs';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const webFeatures = fs.existsSync('apps/web/src/features') ? fs.readdirSync('apps/web/src/features') : [];
// The features a web feature may import, for the pages that compose several: the Plan tab and the plan, action
// and milestone pages show framing, tracking and calendar panels. Keep it acyclic: a feature on a right-hand
// side never gets an entry that names one on its left.
const webFeatureDependencies = {
  plans: ['tracking', 'framing', 'calendar'],
  account: ['auth'],
  home: ['workspaces'],
  meetings: ['agreements', 'plans'],
};

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.nx/**', '**/*.d.ts', '**/*.mjs', 'apps/web/vite.config.ts', '.data/**', '.bench/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:migrations'] },
            { sourceTag: 'type:migrations', onlyDependOnLibsWithTags: [] },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'react', 'react-*', 'express', 'pg', 'class-validator', 'class-transformer'],
              message: 'libs/domain is framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests talk to real servers and read loosely typed JSON replies.
    files: ['**/*.spec.ts', '**/*.e2e.ts', '**/test/**/*.ts', '**/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Every user-visible text is a message of the catalogs (apps/web/src/i18n): a literal left in JSX, or in a prop
    // that shows text, fails.
    files: ['apps/web/src/**/*.tsx'],
    plugins: { formatjs },
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        {
          props: {
            // Our components' props that show text, beyond aria-*, placeholder, title and alt.
            include: [
              [
                '*',
                '{label,hint,legend,description,message,confirmLabel,submitLabel,busyLabel,keepMineLabel,loading,errorTitle,what,footer}',
              ],
            ],
          },
        },
      ],
    },
  },
  ...webFeatures.map((feature) => ({
    files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: webFeatures
            .filter((other) => other !== feature && !(webFeatureDependencies[feature] ?? []).includes(other))
            .map((other) => ({
              group: [`**/features/${other}`, `**/features/${other}/**`, `../../${other}/**`, `../${other}/**`],
              message: 'Features do not import each other (except as webFeatureDependencies allows); share through components/ or api/.',
            })),
        },
      ],
    },
  })),
  prettier,
);
