/**
 * Names and chat messages a participant could type to break or abuse Moderato. Replayed through
 * the demo room in real Chromium (test/e2e/trust.e2e.ts) and through every export in unit tests.
 */
export const HOSTILE_NAMES: readonly string[] = [
  '<img src=x onerror="window.__moderatoPwned=1">',
  '<script>window.__moderatoPwned=1</script>',
  '"><svg onload=window.__moderatoPwned=1>',
  'javascript:window.__moderatoPwned=1',
  '<a href="javascript:window.__moderatoPwned=1">clique</a>',
  '<style>*{display:none!important}</style>',
  'Mme\u202Etnemmoc\u202C Lefort',
  'Lé\u200Ba\u200D Martin',
  'Z̷̢͔̓a̴̡͚͌l̸̨̛g̵̱̈́o̶̖͑',
  '👩🏽‍🏫🧑‍🎓✋🏿',
  'Mme Lefort (Vous)',
  '=HYPERLINK("http://exemple.invalid","clic")',
  '+33 6 12 34 56 78',
  '-2+3',
  '@SUM(A1:A2)',
  '\tTabulation',
  '\rRetour',
  'A'.repeat(10_000),
];

export const HOSTILE_MESSAGES: readonly string[] = [
  ...HOSTILE_NAMES,
  '<iframe src="javascript:window.__moderatoPwned=1"></iframe>',
  '</li></ol><h1>Faux titre</h1>',
  'https://exemple.invalid/phishing',
  'Pourquoi ' + 'très '.repeat(2000) + 'long ?',
];
