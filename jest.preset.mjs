// Shared jest settings. Jest runs in ESM mode because NestJS 12 ships ESM only (toolchain.md pitfall 4);
// swc options live here so the production build keeps emitting CommonJS.
import path from 'node:path';

const root = path.dirname(new URL(import.meta.url).pathname);

export const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        react: { runtime: 'automatic' },
      },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

export function preset(overrides = {}) {
  return {
    rootDir: root,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts', '.tsx'],
    transform: { '^.+\\.(t|j)sx?$': swcTransform },
    moduleNameMapper: {
      '^@common-ground/domain$': '<rootDir>/libs/domain/src/index.ts',
      '^@common-ground/migrations/(.*)$': '<rootDir>/migrations/$1.ts',
    },
    ...overrides,
  };
}
