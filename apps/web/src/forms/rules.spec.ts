import { describe, expect, it } from '@jest/globals';
import { CHARTER_LIMITS } from '@common-ground/domain';
import { integer, schemaResolver, text, validate, type FormSchema } from './rules';

interface Draft {
  title: string;
  days: string;
  sections: { goal: string; review: string };
}

const schema: FormSchema<Draft> = {
  title: text({ required: 'Name it.', max: 10 }),
  days: integer({ required: 'How many days?', min: 1, max: 90 }),
  'sections.goal': text({ max: CHARTER_LIMITS.sectionMax }),
};

const ok: Draft = { title: 'Charter', days: '14', sections: { goal: 'Agree.', review: '' } };

describe('form rules', () => {
  it('accepts values within the limits', () => {
    expect(validate(schema, ok)).toEqual({});
  });

  it('says which field is wrong and why, nested like the values', () => {
    const errors = validate(schema, {
      title: '   ',
      days: '91',
      sections: { goal: 'x'.repeat(CHARTER_LIMITS.sectionMax + 1), review: '' },
    });
    expect(errors.title?.message).toBe('Name it.');
    expect(errors.days?.message).toBe('Enter 90 or less.');
    expect(errors.sections?.goal?.message).toBe(
      `Use at most ${String(CHARTER_LIMITS.sectionMax)} characters (now ${String(CHARTER_LIMITS.sectionMax + 1)}).`,
    );
  });

  it('rejects a number that is not whole, and an empty required one', () => {
    expect(validate(schema, { ...ok, days: '2.5' }).days?.message).toBe('Enter a whole number.');
    expect(validate(schema, { ...ok, days: '' }).days?.message).toBe('How many days?');
  });

  it('checks the rules of a field in order and reports the first that fails', () => {
    const ordered: FormSchema<{ name: string }> = { name: [text({ required: 'Required.' }), text({ max: 2 })] };
    expect(validate(ordered, { name: '' }).name?.message).toBe('Required.');
    expect(validate(ordered, { name: 'abc' }).name?.message).toBe('Use at most 2 characters (now 3).');
  });

  it('resolves to the values when valid and to the errors when not (the react-hook-form resolver contract)', async () => {
    const resolver = schemaResolver(schema);
    const options = { fields: {}, shouldUseNativeValidation: false } as Parameters<typeof resolver>[2];
    await expect(Promise.resolve(resolver(ok, undefined, options))).resolves.toEqual({ values: ok, errors: {} });
    const failed = await Promise.resolve(resolver({ ...ok, title: '' }, undefined, options));
    expect(failed.values).toEqual({});
    expect(failed.errors.title?.message).toBe('Name it.');
  });
});
