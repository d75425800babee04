/** Longest name the catalog accepts (`metadata.name`). */
export const MAX_CATALOG_ENTITY_NAME_LENGTH = 63;

/** The catalog's name rule: letters, digits, `-`, `_`, `.`; starting and ending with a letter or digit. */
const VALID_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** Length of the hash suffix: `-` and 8 hex digits. */
const HASH_SUFFIX_LENGTH = 9;

/**
 * FNV-1a (32 bit) of the UTF-16 code units, as 8 hex digits. Not for security: it only has to spread names, and
 * must give the same result in the browser and in Node (no crypto module needed).
 */
function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Whether a string is a valid catalog entity name. */
export function isValidCatalogEntityName(name: string): boolean {
  return name.length <= MAX_CATALOG_ENTITY_NAME_LENGTH && VALID_NAME.test(name);
}

/**
 * The catalog entity name of a Kubernetes object, optionally with a suffix naming the entity's role (`-openai`).
 *
 * The rule: `<name><suffix>` in lower case when that is a valid catalog name (≤ 63 characters) — always the case for
 * Kubernetes names up to `63 - suffix` characters. Otherwise the name is cut and a hash of the *whole* original name
 * is appended: `<first characters>-<8 hex digits of FNV-1a(name)><suffix>`, with characters the catalog does not
 * allow replaced by `-`. Unshortened names stay readable and map to themselves; two long names only collide when
 * they share the kept prefix *and* their 32-bit hashes, and a shortened name can only equal an unshortened one if
 * someone names an object exactly like that shortened form (lower case, ending in 8 hex digits).
 *
 * @param name - a Kubernetes object name (a DNS subdomain)
 * @param suffix - appended to the name; must itself be valid in a catalog name and end in a letter or digit
 */
export function catalogEntityName(name: string, suffix = ''): string {
  const lower = name.toLowerCase();
  const plain = `${lower}${suffix}`;
  if (isValidCatalogEntityName(plain)) return plain;
  const room =
    MAX_CATALOG_ENTITY_NAME_LENGTH - suffix.length - HASH_SUFFIX_LENGTH;
  const prefix = lower
    .replace(/[^-a-z0-9_.]/g, '-')
    .slice(0, Math.max(0, room))
    // the hash joins with '-', so the prefix must end (and start) with a letter or digit
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  const hash = fnv1a32(name);
  return prefix ? `${prefix}-${hash}${suffix}` : `${hash}${suffix}`;
}
