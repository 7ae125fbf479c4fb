import type { Random } from '@levain/server/seeding';

/** First and last names people in each office of the demo company would recognise. */
export type NamePool = {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
  locale: 'fr' | 'en';
};

const list = (names: string) => names.split(',').map((n) => n.trim());

export const namePools = {
  france: {
    locale: 'fr',
    female: list(
      'Marie, Chloé, Manon, Emma, Inès, Julie, Claire, Pauline, Sarah, Laura, Élodie, Aurélie, Céline, ' +
        'Nathalie, Isabelle, Sandrine, Valérie, Audrey, Mathilde, Charlotte, Lucie, Anaïs, Margaux, ' +
        'Juliette, Agathe, Clémence, Justine, Amandine, Émilie, Hélène, Caroline, Delphine, Stéphanie, ' +
        'Alice, Louise, Zoé, Nadia, Yasmine, Leïla, Sophie',
    ),
    male: list(
      'Nicolas, Julien, Maxime, Alexandre, Antoine, Pierre, Guillaume, Romain, Mathieu, Sébastien, ' +
        'Vincent, Olivier, Laurent, Christophe, Benjamin, Hugo, Lucas, Théo, Louis, Arthur, Paul, ' +
        'Quentin, Florian, Adrien, Jérôme, Franck, Stéphane, Damien, Baptiste, Clément, Karim, Mehdi, ' +
        'Yanis, Samuel, David, François, Éric, Frédéric, Thomas',
    ),
    last: list(
      'Martin, Bernard, Dubois, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, ' +
        'Lefebvre, Michel, Garcia, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, ' +
        'Mercier, Dupont, Lambert, Bonnet, Legrand, Garnier, Faure, Rousseau, Blanc, Guérin, Muller, ' +
        'Henry, Roussel, Perrin, Morin, Mathieu, Clément, Gauthier, Dumont, Lopez, Fontaine, Chevalier, ' +
        'Robin, Masson, Sanchez, Gérard, Nguyen, Boyer, Lemaire, Duval, Joly, Roche, Noël, Meyer, ' +
        'Meunier, Perez, Marchand, Dufour, Blanchard, Barbier, Brun, Dumas, Brunet, Schmitt, Leroux, ' +
        'Colin, Benali, Haddad, Diallo, Traoré, Aubert, Renaud',
    ),
  },
  belgium: {
    locale: 'fr',
    female: list(
      'Emma, Louise, Olivia, Élise, Marie, Lotte, Julie, Sofie, Elke, Nathalie, Charlotte, Manon, ' +
        'Justine, Laure, Hanne, Lien, Sarah, Amélie, Caroline, Aline, Noémie, Florence',
    ),
    male: list(
      'Lucas, Arthur, Louis, Jules, Noah, Thomas, Maxime, Pieter, Wouter, Jens, Bram, Tom, Kevin, ' +
        'Nicolas, Olivier, Cédric, Gilles, Geoffrey, Sébastien, Bart, Arnaud, Quentin',
    ),
    last: list(
      'Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet, Dubois, ' +
        'Lambert, Dupont, Leclercq, Lejeune, Renard, Hermans, Michaux, Collard, Gilson, Thiry, ' +
        'Van den Berghe, Vandenbroucke, Lemaire, Wauters, Delvaux, Jadot, Piron, Denis, Verhoeven',
    ),
  },
  quebec: {
    locale: 'fr',
    female: list(
      'Marie-Ève, Geneviève, Isabelle, Catherine, Mélanie, Valérie, Julie, Annie, Chantal, Josée, ' +
        'Karine, Émilie, Audrey, Maude, Rosalie, Florence, Léa, Camille',
    ),
    male: list(
      'Jean-François, Mathieu, Simon, Philippe, Olivier, Gabriel, Samuel, Alexandre, Étienne, Félix, ' +
        'Louis-Philippe, Jonathan, Maxime, Patrick, Sylvain, Guillaume',
    ),
    last: list(
      'Gagnon, Roy, Côté, Bouchard, Gauthier, Morin, Lavoie, Fortin, Gagné, Ouellet, Pelletier, ' +
        'Bélanger, Lévesque, Bergeron, Leblanc, Paquette, Girard, Simard, Boucher, Caron, Beaulieu, ' +
        'Cloutier, Dubé, Poirier',
    ),
  },
  englishCanada: {
    locale: 'en',
    female: list(
      'Emily, Sarah, Jessica, Ashley, Megan, Hannah, Madison, Ava, Chloe, Lauren, Rachel, Kayla, ' +
        'Brianna, Natalie, Mei',
    ),
    male: list(
      'Liam, Ethan, Noah, Owen, Ryan, Tyler, Connor, Brandon, Justin, Matthew, Jacob, Nathan, Dylan, ' +
        'Kyle, Evan, Raj',
    ),
    last: list(
      'Brown, Wilson, MacDonald, Campbell, Anderson, Taylor, Clark, Thompson, Johnson, Stewart, ' +
        'Robertson, Scott, Murray, Young, Reid, Mitchell, Fraser, Kelly, Chen, Wong, Singh, Patel',
    ),
  },
  britain: {
    locale: 'en',
    female: list(
      'Amelia, Isla, Sophie, Emily, Charlotte, Lucy, Grace, Hannah, Jessica, Eleanor, Harriet, Alice, ' +
        'Rebecca, Laura, Katie, Georgia, Megan, Priya, Aisha, Freya',
    ),
    male: list(
      'Oliver, Harry, George, Jack, Charlie, Thomas, William, Henry, Alfie, Freddie, Samuel, Daniel, ' +
        'Matthew, Benjamin, Joshua, Callum, Rory, Arjun, Mohammed, Ewan',
    ),
    last: list(
      'Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson, ' +
        'Wright, Walker, Thompson, White, Hughes, Edwards, Green, Hall, Wood, Harris, Clarke, Patel, ' +
        "Khan, Lewis, Jackson, Turner, Hill, Cooper, Ward, Morris, Murphy, O'Brien, MacLeod",
    ),
  },
} satisfies Record<string, NamePool>;

/** firstname.lastname as mail systems write it: no accents, apostrophes or spaces. */
export function emailLocalPart(first: string, last: string): string {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${plain(first)}.${plain(last)}`;
}

export type Identity = { first: string; last: string; female: boolean; locale: 'fr' | 'en' };

/** One of an office's name pools, chosen by their shares. */
export function pickPool(
  random: Random,
  pools: ReadonlyArray<{ pool: keyof typeof namePools; share: number }>,
) {
  let roll = random.next();
  const { pool } =
    pools.find((p) => {
      roll -= p.share;
      return roll < 0;
    }) ?? pools[0]!;
  return namePools[pool];
}

/** A first and last name from the pool, a woman's a little more often than not. */
export function drawName(random: Random, { female, male, last, locale }: NamePool): Identity {
  const isFemale = random.chance(0.55);
  return { first: random.pick(isFemale ? female : male), last: random.pick(last), female: isFemale, locale };
}
