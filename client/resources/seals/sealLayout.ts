/**
 * Where each character of a round seal's name sits: evenly along the top arc, the arc widening and
 * the characters shrinking with the length, so that the longest name the hall allows (50 characters)
 * still stands on the ring without overlapping.
 */
export const SEAL_SIZE = 200;
const R = 74; // the text baseline radius inside the 92-unit ring
const MIN_FONT = 6;

export interface Glyph {
  char: string;
  x: number;
  y: number;
  /** Rotation in degrees, 0 at the top. */
  rotate: number;
}

export function arcLayout(name: string): { glyphs: Glyph[]; fontSize: number; sweep: number } {
  const chars = [...name];
  const n = chars.length;
  const sweep = Math.min(300, 120 + n * 6);
  const step = n > 1 ? sweep / (n - 1) : 0;
  // The chord between neighbours bounds the font; never larger than a short name needs.
  const chord = n > 1 ? 2 * R * Math.sin(((step / 2) * Math.PI) / 180) : 40;
  const fontSize = Math.max(MIN_FONT, Math.min(28, chord * 0.92));
  const c = SEAL_SIZE / 2;
  const glyphs = chars.map((char, i) => {
    const deg = -sweep / 2 + i * step;
    const rad = (deg * Math.PI) / 180;
    return { char, x: c + R * Math.sin(rad), y: c - R * Math.cos(rad), rotate: deg };
  });
  return { glyphs, fontSize, sweep };
}
