/** Display names compared the way a teacher reads them: case, spacing and Unicode form aside. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}
