/** The languages Moderato speaks. */
export type Locale = 'fr' | 'en';
