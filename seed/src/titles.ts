/**
 * Job titles of the demo company, from the jobs the source documents describe (community
 * management, internal communication, digital marketing, HR, sales). French titles agree with
 * the person: [masculine, feminine] when they differ.
 */
export type Gendered = string | readonly [string, string];
export type Direction = 'communication' | 'marketing' | 'hr' | 'sales';
export type Titles = { fr: Gendered; en: string };

export function titleFor(title: Gendered, female: boolean): string {
  return typeof title === 'string' ? title : title[female ? 1 : 0];
}

export const headTitles: Record<Direction, Titles> = {
  communication: {
    fr: ['Directeur de la communication', 'Directrice de la communication'],
    en: 'Head of Communications',
  },
  marketing: { fr: ['Directeur marketing', 'Directrice marketing'], en: 'Marketing Director' },
  hr: { fr: ['Directeur des ressources humaines', 'Directrice des ressources humaines'], en: 'HR Director' },
  sales: { fr: ['Directeur commercial', 'Directrice commerciale'], en: 'Sales Director' },
};

export const staffTitles: Record<Direction, { fr: readonly Gendered[]; en: readonly string[] }> = {
  communication: {
    fr: [
      ['Chargé de communication interne', 'Chargée de communication interne'],
      'Community manager',
      ['Chargé de relations presse', 'Chargée de relations presse'],
      ['Rédacteur web', 'Rédactrice web'],
      ['Chef de projet événementiel', 'Cheffe de projet événementiel'],
      'Graphiste',
      ['Chargé de veille', 'Chargée de veille'],
      'Social media manager',
    ],
    en: [
      'Internal Communications Officer',
      'Community Manager',
      'Press Officer',
      'Content Writer',
      'Events Project Manager',
      'Graphic Designer',
      'Social Media Manager',
    ],
  },
  marketing: {
    fr: [
      'Responsable marketing digital',
      ['Chef de produit', 'Cheffe de produit'],
      ['Chargé de marketing digital', 'Chargée de marketing digital'],
      'Traffic manager',
      ['Chef de projet webmarketing', 'Cheffe de projet webmarketing'],
      'Brand content manager',
      ["Chargé d'études marketing", "Chargée d'études marketing"],
      ['Webmarketeur', 'Webmarketeuse'],
    ],
    en: [
      'Digital Marketing Manager',
      'Product Manager',
      'Digital Marketing Executive',
      'Traffic Manager',
      'Brand Content Manager',
      'Marketing Analyst',
    ],
  },
  hr: {
    fr: [
      ['Chargé de recrutement', 'Chargée de recrutement'],
      'Responsable formation',
      'Gestionnaire paie',
      ['Chargé de développement RH', 'Chargée de développement RH'],
      'Responsable QVT',
      ['Assistant RH', 'Assistante RH'],
      ['Chargé de marque employeur', 'Chargée de marque employeur'],
      'HR business partner',
    ],
    en: [
      'Recruiter',
      'Learning and Development Manager',
      'Payroll Officer',
      'HR Business Partner',
      'Wellbeing at Work Lead',
      'HR Assistant',
      'Employer Branding Officer',
    ],
  },
  sales: {
    fr: [
      'Key account manager',
      ['Commercial terrain', 'Commerciale terrain'],
      ['Ingénieur commercial', 'Ingénieure commerciale'],
      'Business developer',
      ['Assistant commercial', 'Assistante commerciale'],
      ["Chargé d'affaires", "Chargée d'affaires"],
      'Account manager',
    ],
    en: [
      'Key Account Manager',
      'Field Sales Representative',
      'Sales Engineer',
      'Business Developer',
      'Sales Assistant',
      'Account Manager',
    ],
  },
};
