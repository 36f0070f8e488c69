/**
 * readCsv's messages an author acts on. A quote problem names the row as Excel shows it, like
 * every other CSV message: an author finds a row in Excel by its row number, not by the file's
 * text line (which a line break inside a cell above moves). A first line "sep=;" is one problem
 * that says what it is, not a header whose every column is missing.
 */
import { describe, expect, it } from 'vitest';
import { formatIn } from '../../src/core/problem.ts';
import { SAVE_AGAIN } from '../../src/csv/excel.ts';
import { readCsv } from '../../src/csv/read.ts';

function messages(text: string): string[] {
  return readCsv('data/feedback/palaute.csv', new TextEncoder().encode(text)).problems.map(formatIn('fi'));
}

describe('quote problems in Excel rows', () => {
  it('names the Excel row and column of a cell that goes on after its closing quote', () => {
    const [message] = messages('id;date;text\r\nP-1;1.1.2025;"a\r\nb"\r\nP-2;1.1.2025;"hyvä" juttu\r\n');
    expect(message).toMatch(
      /^data\/feedback\/palaute\.csv:4:3 \(rivi 3, sarake C\) {2}solu "hyvä" jatkuu loppulainausmerkin jälkeen: "juttu"\./,
    );
  });
});

describe('a first line sep=; (a hint for Excel)', () => {
  it('is one problem that says what the line is and how to remove it, not every column missing', () => {
    const found = messages('\uFEFFsep=;\r\nid;date;text\r\nP-1;1.1.2025;hyvä\r\n');
    expect(found).toEqual([
      'data/feedback/palaute.csv:1:1 (rivi 1, sarake A)  ensimmäinen rivi "sep=;" on Excelin erotinvihje eikä otsikkorivi.\n' +
        '    kelpaa: otsikkorivi tiedoston ensimmäisellä rivillä\n' +
        `    korjaus: poista rivi "sep=;" tekstieditorissa, tai ${SAVE_AGAIN.fi} (Excel jättää rivin pois)`,
    ]);
  });

  it('leaves a header that merely starts with the letters sep alone', () => {
    expect(messages('seppo;date\r\nP-1;1.1.2025\r\n')).toEqual([]);
  });
});
