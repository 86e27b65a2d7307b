/** Pupils and their chat, for the simulated French class. */
export const FIRST_NAMES = [
  'Zoé', 'Lucas', 'Inès', 'Hugo', 'Léa', 'Gabriel', 'Chloé', 'Louis', 'Manon', 'Jules', 'Camille', 'Adam',
  'Jade', 'Raphaël', 'Louise', 'Arthur', 'Emma', 'Nathan', 'Alice', 'Mohamed', 'Lina', 'Théo', 'Rose',
  'Noah', 'Anna', 'Sacha', 'Mila', 'Ethan', 'Lou', 'Yanis', 'Ambre', 'Timéo', 'Sarah', 'Maël', 'Léna',
  'Paul', 'Julia', 'Aaron', 'Agathe', 'Ibrahim', 'Clémence', 'Noé', 'Margaux', 'Samuel', 'Éloïse',
];
export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez', 'Benali',
];

export const TEACHER_NAME = 'Mme Lefort';

export const CHAT_LINES = [
  'Bonjour !',
  'Bonjour madame',
  'On est sur quelle page ?',
  "Je n'entends pas bien",
  'Moi non plus',
  "C'est bon j'entends maintenant",
  "Je peux poser une question ?",
  "Est-ce qu'on doit rendre l'exercice aujourd'hui ?",
  "J'ai fini l'exercice 3",
  'Page 42',
  "Je n'ai pas compris la consigne",
  'Pourquoi la réponse est 12 ?',
  "Oui c'est clair",
  'Merci !',
  "D'accord",
  "Ma connexion coupe un peu",
  'Je reviens dans 2 minutes',
  "C'est quoi la différence entre les deux méthodes ?",
  "On peut avoir un exemple ?",
  "Est-ce que ce sera dans le contrôle ?",
  'ok',
  "J'ai levé la main",
  'Je suis là',
  "Le lien ne marche pas",
  "Vous pouvez répéter s'il vous plaît ?",
  'Super',
  'Je pense que c’est la réponse B',
  'Réponse A',
  'Moi je dirais C',
  'Il faut multiplier par 3 ?',
];

/** A distinct "Prénom Nom" per index, stable for a given seed order. */
export function pupilName(index: number): string {
  const first = FIRST_NAMES[index % FIRST_NAMES.length]!;
  const last = LAST_NAMES[(index * 7 + Math.floor(index / FIRST_NAMES.length)) % LAST_NAMES.length]!;
  return `${first} ${last}`;
}
