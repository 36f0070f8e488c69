/**
 * QR codes for posters, drawn at build time as inline SVG by the `qrcode` package: a phone
 * camera pointed at the notice board opens the theme page or the feedback form, and nobody types
 * a long address. Medium error correction survives a creased or sun-bleached print; the quiet
 * zone of two modules keeps the code readable next to text. No script, no image request.
 */
import QRCode from 'qrcode';

export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;

const drawn = new Map<string, Promise<string>>();

/**
 * The QR code of `url` as an SVG element (one line, no XML declaration). Every poster of a site
 * carries the same feedback address: it is drawn once per build.
 */
export function qrSvg(url: string): Promise<string> {
  let svg = drawn.get(url);
  if (!svg) {
    svg = QRCode.toString(url, QR_OPTIONS).then((s) => s.trim());
    drawn.set(url, svg);
  }
  return svg;
}
