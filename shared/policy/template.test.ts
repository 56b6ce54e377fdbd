import { describe, it, expect } from 'vitest';
import { fillTemplate, listPlaceholders } from './template';
import type { TemplateValues } from './template';

describe('fillTemplate', () => {
  it.each<[string, TemplateValues, string, string[]]>([
    ['Hi {{name}}, sorry!', { name: 'Jo' }, 'Hi Jo, sorry!', []],
    ['Hi {{ name }}, sorry!', { name: 'Jo' }, 'Hi Jo, sorry!', []],
    ['Hi {{name}}, {{agent}} here', { name: 'Jo' }, 'Hi Jo, {{agent}} here', ['agent']],
    ['{{a}} {{b}} {{a}}', {}, '{{a}} {{b}} {{a}}', ['a', 'b']],
    ['Hi {{name|there}}!', {}, 'Hi there!', []],
    ['Hi {{name|there}}!', { name: 'Jo' }, 'Hi Jo!', []],
    ['Hi {{name | there }}!', { name: '  ' }, 'Hi there!', []],
    ['Hi {{name}}!', { name: null }, 'Hi {{name}}!', ['name']],
    ['Ref {{case.id}} in {{wait_days}} days', { 'case.id': 'C-12', wait_days: 3 }, 'Ref C-12 in 3 days', []],
    ['Hi {{name}}', { name: '<b>Jo</b>' }, 'Hi <b>Jo</b>', []],
    ['Hi {{name}}', { name: '{{agent}}', agent: 'Sam' }, 'Hi {{agent}}', []],
    ['Not a slot: {{ two words }} or {single} or {{}}', {}, 'Not a slot: {{ two words }} or {single} or {{}}', []],
    ['No slots at all', { name: 'Jo' }, 'No slots at all', []],
    ['{{toString}} {{constructor}}', {}, '{{toString}} {{constructor}}', ['toString', 'constructor']],
  ])('%j with %j', (template, values, text, missing) => {
    expect(fillTemplate(template, values)).toEqual({ text, missing });
  });
});

describe('listPlaceholders', () => {
  it.each([
    ['Hi {{name}}, {{ agent }} from {{brand|Acme}} — {{name}}', ['name', 'agent', 'brand']],
    ['nothing here', []],
  ])('%j has %j', (template, names) => {
    expect(listPlaceholders(template)).toEqual(names);
  });
});
