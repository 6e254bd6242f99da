import crypto from 'node:crypto';
import type { LegacyPasswordAlgo } from '../../../db/schema/legacyAccounts';

/** hex(ALGO(salt + password)), the old city halls' scheme [issue 14]. */
export const legacyDigest = (algo: LegacyPasswordAlgo, salt: string | null, password: string) =>
  crypto
    .createHash(algo)
    .update((salt ?? '') + password, 'utf8')
    .digest('hex');

/** The old password against the stored hex digest, compared in constant time. */
export function verifyLegacyPassword(
  algo: LegacyPasswordAlgo,
  salt: string | null,
  storedHex: string,
  password: string,
): boolean {
  const given = Buffer.from(legacyDigest(algo, salt, password), 'hex');
  const stored = Buffer.from(storedHex, 'hex');
  // Both are digests of the same algorithm; unequal lengths only when the stored one is damaged.
  return given.length === stored.length && crypto.timingSafeEqual(given, stored);
}
