import { describe, expect, it } from 'vitest';
import { describePersonalData, findPersonalData, type PersonalDataKind } from '../../src/validate/personal-data.ts';

/** Written independently of the module (BigInt, not a running remainder) so the two check each other. */
function hetuCheck(ddmmyy: string, nnn: string): string {
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'.charAt(Number(ddmmyy + nnn) % 31);
}

function ibanWithCheck(country: string, bban: string): string {
  const numeric = [...`${bban}${country}00`].map((c) => parseInt(c, 36).toString()).join('');
  const check = 98n - (BigInt(numeric) % 97n);
  return `${country}${check.toString().padStart(2, '0')}${bban}`;
}

function spaced(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The one finding the text is expected to hold, as [kind, value]. */
function only(text: string): [PersonalDataKind, string] | undefined {
  const found = findPersonalData(text);
  expect(found.length).toBeLessThanOrEqual(1);
  const m = found[0];
  return m && [m.kind, m.value];
}

describe('findPersonalData: e-mail addresses', () => {
  it('finds an address in Finnish text with its offset', () => {
    const text = 'Vastatkaa osoitteeseen matti.meikalainen@example.fi, kiitos.';
    expect(findPersonalData(text)).toEqual([
      { kind: 'email', value: 'matti.meikalainen@example.fi', index: text.indexOf('matti') },
    ]);
  });

  it('leaves out the full stop that ends a sentence and keeps plus-addressing and subdomains', () => {
    expect(only('Lähetä viesti: anna+palaute@posti.kunta.fi.')).toEqual(['email', 'anna+palaute@posti.kunta.fi']);
  });

  it('accepts Finnish letters in an address', () => {
    expect(only('jääkiekko@kärsämäki.fi')).toEqual(['email', 'jääkiekko@kärsämäki.fi']);
  });

  it('does not take a social-media handle, a bare @ or a host without a domain for an address', () => {
    expect(findPersonalData('Seuraa @kaupunki ja kerro mielipiteesi @ kirjastossa tai admin@localhost')).toEqual([]);
  });
});

describe('findPersonalData: phone numbers', () => {
  it.each([
    '+358 40 123 4567',
    '+358401234567',
    '+358 9 1234 5678',
    '+358-40-123-4567',
    '+358 (0)40 123 4567',
    '00358 40 123 4567',
    '040 123 4567',
    '040-1234567',
    '0401234567',
    '050 123 45 67',
    '045 1234 5678',
    '(040) 123 4567',
    '09 123 4567',
    '(09) 1234 567',
    '09 1234 5678',
    '013 123 456',
    '091234567',
  ])('finds %s', (phone) => {
    expect(only(`Puhelin ${phone}.`)).toEqual(['phone', phone]);
  });

  it('finds the number in "Soita minulle 040 123 4567, kiitos"', () => {
    expect(findPersonalData('Soita minulle 040 123 4567, kiitos')).toEqual([
      { kind: 'phone', value: '040 123 4567', index: 14 },
    ]);
  });

  it('finds a number after "puh." and "puh:" and two numbers in a row', () => {
    const found = findPersonalData('puh.040 123 4567, puh:050-7654321 / 09 876 5432');
    expect(found.map((m) => m.value)).toEqual(['040 123 4567', '050-7654321', '09 876 5432']);
  });

  it('does not swallow a number that follows the phone number', () => {
    expect(only('Soita 040 123 4567 2 kertaa')).toEqual(['phone', '040 123 4567']);
    expect(only('Soitin 040 123 4567 25 kertaa')).toEqual(['phone', '040 123 4567']);
  });

  it('handles a no-break space between the groups', () => {
    expect(only('puh. 040\u00a0123\u00a04567')).toEqual(['phone', '040\u00a0123\u00a04567']);
  });

  describe('ordinary numbers in residents’ text are not phone numbers', () => {
    it.each([
      ['years', 'Vuonna 2025 ja 2026 tiet korjataan, kuten vuosina 1998–2004.'],
      ['sums', 'Lippu maksaa 45 €, kausikortti 450,00 € ja lasten lippu 0,50 €.'],
      ['sums with thousands separators', 'Budjetti on 1 045 300 000 euroa, ja 2 040 500 € menee kouluihin.'],
      ['times', 'Kirjasto on auki klo 12–16, lauantaisin klo 09.00–15.00 ja klo 8-20.'],
      ['Finnish dates', 'Kokous pidetään 3.1.2026 ja 03.01.2026 kello 17.'],
      ['ISO dates', 'Päätös tehtiin 2026-01-03 ja julkaistiin 2026-01-13.'],
      ['postcodes', 'Osoite on Mannerheimintie 1, 00100 Helsinki; Espoossa 02100 ja Turussa 20100.'],
      ['a postcode followed by a number', 'Postinumeroalueella 02100 12 asukasta vastasi.'],
      ['measurements', 'Lunta satoi 20 cm, lämpötila oli -05 astetta ja matka 0,045 km.'],
      ['feedback ids', 'Palaute A-2025-014 ja P-2024-00017 koskevat samaa asiaa.'],
      ['record numbers', 'Dnro 0345/00.01.00/2025 käsitellään ensi viikolla.'],
      ['property ids', 'Tontti 091-012-0034-0005 ja Espoossa 049-012-0034-0005.'],
      ['business ids', 'Urakoitsijan Y-tunnus on 0201256-6.'],
      ['a bare area code', 'Suuntanumero 09 on Helsingin.'],
      ['a sum after a number that looks like a phone', 'Laskun summa oli 050 123 45 67 €.'],
    ])('%s', (_label, text) => {
      expect(findPersonalData(text)).toEqual([]);
    });
  });
});

describe('findPersonalData: Finnish personal identity codes', () => {
  it('finds the known valid code 131052-308T', () => {
    expect(findPersonalData('Hetuni on 131052-308T.')).toEqual([{ kind: 'hetu', value: '131052-308T', index: 10 }]);
  });

  it.each([
    ['+', '010190', '123'],
    ['-', '290252', '002'],
    ['Y', '311299', '899'],
    ['A', '010101', '456'],
    ['F', '290224', '900'],
    ['U', '150875', '234'],
  ])('finds a code with the century sign %s and a computed check character', (sign, ddmmyy, nnn) => {
    const code = `${ddmmyy}${sign}${nnn}${hetuCheck(ddmmyy, nnn)}`;
    expect(only(`Henkilötunnus: ${code}`)).toEqual(['hetu', code]);
  });

  it('refuses a code of the right shape with a wrong check character', () => {
    expect(findPersonalData('131052-308U')).toEqual([]);
    for (const wrong of '0123456789ABCDEFHJKLMNPRSTUVWXY'.replace('T', '')) {
      expect(findPersonalData(`131052-308${wrong}`)).toEqual([]);
    }
  });

  it('refuses an impossible date even when the check character fits it', () => {
    const feb30 = `300290-123${hetuCheck('300290', '123')}`;
    const feb29NoLeap = `290223A123${hetuCheck('290223', '123')}`;
    const month13 = `011390-123${hetuCheck('011390', '123')}`;
    expect(findPersonalData(`${feb30} ${feb29NoLeap} ${month13}`)).toEqual([]);
  });

  it('does not read a code out of a longer token', () => {
    expect(findPersonalData('X131052-308T 131052-308TX')).toEqual([]);
  });
});

describe('findPersonalData: IBANs', () => {
  it('finds the known valid FI IBAN printed and unbroken', () => {
    expect(only('Tilille FI21 1234 5600 0007 85, kiitos')).toEqual(['iban', 'FI21 1234 5600 0007 85']);
    expect(only('Tilille FI2112345600000785.')).toEqual(['iban', 'FI2112345600000785']);
  });

  it.each([
    ['FI', '12345600000785'],
    ['SE', '50000000058398257466'],
    ['DE', '370400440532013000'],
    ['EE', '2200221020145685'],
    ['NO', '86011117947'],
    ['DK', '00400440116243'],
    ['GB', 'WEST12345698765432'],
    ['FR', '20041010050500013M02606'],
  ])('finds a %s IBAN with a computed checksum, printed and unbroken', (country, bban) => {
    const iban = ibanWithCheck(country, bban);
    expect(only(iban)).toEqual(['iban', iban]);
    expect(only(`IBAN ${spaced(iban)}.`)).toEqual(['iban', spaced(iban)]);
  });

  it('finds an IBAN of a country without a listed length when 15–34 long', () => {
    const iban = ibanWithCheck('QA', 'DOHB00001234567890ABCDEFG');
    expect(only(spaced(iban))).toEqual(['iban', spaced(iban)]);
  });

  it('refuses a wrong checksum', () => {
    expect(findPersonalData('FI21 1234 5600 0007 86')).toEqual([]);
    expect(findPersonalData('FI22 1234 5600 0007 85')).toEqual([]);
    expect(findPersonalData('FI2112345600000787')).toEqual([]);
  });

  it('refuses a valid checksum with the wrong length for the country', () => {
    const tooLongForFinland = ibanWithCheck('FI', '123456000007851');
    expect(findPersonalData(tooLongForFinland)).toEqual([]);
  });

  it('does not swallow a four-letter word after the last group', () => {
    const iban = spaced(ibanWithCheck('SE', '50000000058398257466'));
    expect(only(`${iban} talo 5`)).toEqual(['iban', iban]);
  });

  it('accepts lower case', () => {
    expect(only('tili fi21 1234 5600 0007 85')).toEqual(['iban', 'fi21 1234 5600 0007 85']);
  });
});

describe('findPersonalData: several kinds in one text', () => {
  it('returns every finding sorted by index', () => {
    const text =
      'Olen Matti (131052-308T). Soita minulle 040 123 4567 tai kirjoita matti@example.fi. ' +
      'Palautus tilille FI21 1234 5600 0007 85. Palaute A-2025-014 koskee 20 cm lunta klo 12–16.';
    expect(findPersonalData(text)).toEqual([
      { kind: 'hetu', value: '131052-308T', index: text.indexOf('131052') },
      { kind: 'phone', value: '040 123 4567', index: text.indexOf('040') },
      { kind: 'email', value: 'matti@example.fi', index: text.indexOf('matti@') },
      { kind: 'iban', value: 'FI21 1234 5600 0007 85', index: text.indexOf('FI21') },
    ]);
  });

  it('reports a phone number used as the local part once, as an e-mail address', () => {
    expect(only('0401234567@example.fi')).toEqual(['email', '0401234567@example.fi']);
  });

  it('finds nothing in ordinary feedback', () => {
    const text =
      'Katuvalot sammuivat 3.1.2026 klo 18 Mannerheimintiellä (00100 Helsinki). Korjaus maksoi ' +
      'noin 4 500 € ja kesti 2 viikkoa. Lunta oli 20 cm. Palautteen tunnus on P-2024-00017.';
    expect(findPersonalData(text)).toEqual([]);
  });

  // Inputs that make a careless pattern backtrack for minutes. How fast they run is measured by
  // `npm run bench`, not here: a time limit in a unit test fails on a busy CI machine. A pattern
  // that backtracks badly still fails here, on the test's timeout.
  it.each([
    ['letters', 'a'.repeat(100_000)],
    ['digits and spaces', '0 '.repeat(50_000)],
    ['at signs', 'a@'.repeat(50_000)],
    ['IBAN-like groups', 'FI21 1234 '.repeat(10_000)],
    ['phone-like groups', '040-12-'.repeat(10_000)],
  ])('finds nothing in long hostile input (%s), and still finds an address after it', (_, hostile) => {
    expect(findPersonalData(hostile)).toEqual([]);
    const found = findPersonalData(`${hostile}\nVastatkaa: matti.meikalainen@example.fi`);
    expect(found.map((m) => [m.kind, m.value])).toEqual([['email', 'matti.meikalainen@example.fi']]);
  });
});

describe('describePersonalData', () => {
  it('names each kind for a message', () => {
    expect(describePersonalData('email').en).toBe('an e-mail address');
    expect(describePersonalData('phone').en).toBe('a phone number');
    expect(describePersonalData('hetu').en).toBe('a Finnish personal identity code');
    expect(describePersonalData('iban').en).toBe('an IBAN bank account number');
    expect(describePersonalData('hetu').fi).toBe('henkilötunnuksen');
  });
});
