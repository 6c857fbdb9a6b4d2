import type { INestApplication } from '@nestjs/common';
import { buildOpenApiDocument } from '../app';

export const OPENAPI_FILE = 'apps/api/openapi.json';
export const CLIENT_TYPES_FILE = 'apps/web/src/api/schema.d.ts';

/** The committed contract and the web client's types, exactly as `npm run openapi` writes them. */
export async function renderContract(app: INestApplication): Promise<{ json: string; types: string }> {
  const document = buildOpenApiDocument(app);
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(json) as Parameters<typeof openapiTS>[0], { alphabetize: false });
  const header = '// Generated from apps/api/openapi.json by `npm run openapi`. Do not edit.\n';
  return { json, types: header + astToString(ast) };
}
