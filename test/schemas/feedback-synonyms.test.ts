/**
 * What a Finnish or Swedish team writes in a feedback export's channel and type columns
 * ("Facebook", "e-post", "klagomål") gets a fix that says exactly which value to write.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.ts';
import THEME_STRINGS from '../../src/i18n/strings/themes.json' with { type: 'json' };
import { CHANNELS, FEEDBACK_TYPES, FeedbackRowSchema } from '../../src/schemas/feedback.ts';
import { issueMessage } from '../../src/validate/rows.ts';

const ROW = { id: 'P-1', date: '3.1.2026', theme: 'kirjastot', channel: 'web', type: 'idea', publish: 'no' };

function fix(column: 'channel' | 'type', value: string): string {
  const result = FeedbackRowSchema.safeParse({ ...ROW, [column]: value });
  expect(result.success, value).toBe(false);
  const issue = result.error!.issues.find((i) => i.path[0] === column)!;
  const { message, words } = issueMessage(column, issue);
  return formatProblem({ severity: 'error', file: 'f.csv', line: 2, column: 1, code: 'x', message, ...words }, 'fi');
}

describe('feedback channel and type as teams write them', () => {
  it.each([
    ['channel', 'Facebook', 'korjaus: kirjoita "social" (facebook = social)'],
    ['channel', 'netti', 'korjaus: kirjoita "web" (netti = web)'],
    ['channel', 'sociala medier', 'korjaus: kirjoita "social" (sociala medier = social)'],
    ['channel', 'e-post', 'korjaus: kirjoita "email" (e-post = email)'],
    ['channel', 'övrigt', 'korjaus: kirjoita "other" (övrigt = other)'],
    ['type', 'klagomål', 'korjaus: kirjoita "criticism" (klagomål = criticism)'],
    ['type', 'toive', 'korjaus: kirjoita "idea" (toive = idea)'],
    ['channel', 'Verkkolomake', 'korjaus: kirjoita "web" (verkkolomake = web)'],
    ['channel', 'asukasilta', 'korjaus: kirjoita "meeting" (asukasilta = meeting)'],
    ['channel', 'invånarmöte', 'korjaus: kirjoita "meeting" (invånarmöte = meeting)'],
    ['channel', 'puhelu', 'korjaus: kirjoita "phone" (puhelu = phone)'],
    ['type', 'parannusehdotus', 'korjaus: kirjoita "idea" (parannusehdotus = idea)'],
  ] as const)('%s %s', (column, value, expected) => {
    expect(fix(column, value)).toContain(expected);
  });

  // An author copies the channel or type as the theme page shows it ("Verkkolomake", "Beröm").
  it.each(
    Object.entries(THEME_STRINGS).flatMap(([lang, strings]) => [
      ...CHANNELS.map((value) => [lang, 'channel', strings[`channel.${value}`], value] as const),
      ...FEEDBACK_TYPES.map((value) => [lang, 'type', strings[`type.${value}`], value] as const),
    ]),
  )('in %s, takes the %s label the site shows, "%s", for %s', (_lang, column, label, value) => {
    const written = FeedbackRowSchema.safeParse({ ...ROW, [column]: label });
    if (written.success) expect(written.data[column]).toBe(value);
    else expect(fix(column, label)).toContain(`korjaus: kirjoita "${value}"`);
  });
});
