// Identifiers: a prefix and a 1-based number padded to a minimum width ('C000123', 'S01').
export function formatId(prefix: string, index: number, width: number): string {
  return prefix + String(index + 1).padStart(width, '0');
}
