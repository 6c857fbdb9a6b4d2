import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { LOCALES } from '@common-ground/domain';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
// @ts-expect-error: a plain Node script without types, shared with `npm run i18n:extract`
import { extractEnglish } from '../../../../scripts/i18n-extract.mjs'; // eslint-disable-line @nx/enforce-module-boundaries -- a repository script shared with npm run i18n:extract, not a project

const dir = path.join(process.cwd(), 'apps/web/src/i18n/catalogs');

function catalog(locale: string): Record<string, Record<string, string>> {
  const folder = path.join(dir, locale);
  const areas: Record<string, Record<string, string>> = {};
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    if (name.endsWith('.json')) areas[name.slice(0, -5)] = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'));
  }
  return areas;
}

/** The arguments a message uses ({name}, {count, plural, …}, <b>…</b>): a translation must use the same. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into;
}

describe('message catalogs', () => {
  const english = catalog('en');

  it('holds in English exactly the messages the source declares', () => {
    expect(english).toEqual(extractEnglish());
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    describe(locale, () => {
      const translated = catalog(locale);

      it('has the same areas and ids as English, no more and no fewer', () => {
        const ids = (areas: Record<string, Record<string, string>>) =>
          Object.entries(areas)
            .flatMap(([area, messages]) => Object.keys(messages).map((id) => `${area}/${id}`))
            .sort();
        expect(ids(translated)).toEqual(ids(english));
      });

      it('parses as ICU and uses the arguments of the English message', () => {
        const problems: string[] = [];
        for (const [area, messages] of Object.entries(english)) {
          for (const [id, source] of Object.entries(messages)) {
            const text = translated[area]?.[id];
            if (text === undefined) continue;
            try {
              const want = [...argumentsOf(parse(source))].sort();
              const got = [...argumentsOf(parse(text))].sort();
              if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${id}: ${got.join(',')} instead of ${want.join(',')}`);
            } catch (error) {
              problems.push(`${id}: ${(error as Error).message}`);
            }
          }
        }
        expect(problems).toEqual([]);
      });
    });
  }
});
