import { describe, expect, it } from 'vitest';
import { isSafeUrl, urlScheme } from '../../src/core/safe-links.ts';

describe('isSafeUrl', () => {
  it.each([
    'https://www.hel.fi/fi/palaute',
    'http://example.fi',
    'HTTPS://EXAMPLE.FI',
    'mailto:kirjaamo@example.fi',
    'MailTo:kirjaamo@example.fi',
    'tel:+358401234567',
    '  https://example.fi  ',
  ])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    '/teemat/liikenne',
    '#tulokset',
    '?teema=liikenne',
    './kokous',
    '../kokoukset/2026-01',
    'kokous.html',
    'teemat/liikenne:talvi',
    '/haku?q=a:b',
    '//example.fi/sivu',
  ])('accepts the relative URL %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001 javascript:alert(1)',
    'javascript\u0000:alert(1)',
    'java\u200bscript:alert(1)',
    '\ufeffjavascript:alert(1)',
    'javascript :alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.fi',
    'blob:https://example.fi/1',
    'C:\\Users\\matti',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'java&Tab;script:alert(1)',
  ])('rejects %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('urlScheme', () => {
  it('gives the lower-cased scheme', () => {
    expect(urlScheme('HTTPS://example.fi')).toBe('https');
    expect(urlScheme(' JavaScript:alert(1)')).toBe('javascript');
    expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme('&#106;avascript:alert(1)')).toBe('javascript');
    expect(urlScheme('data:text/html,x')).toBe('data');
    expect(urlScheme('tel:+358401234567')).toBe('tel');
  });

  it('gives undefined for a relative URL', () => {
    for (const url of ['/a', '#a', '?a', './a', '../a', 'a/b:c', '']) expect(urlScheme(url)).toBeUndefined();
  });
});
