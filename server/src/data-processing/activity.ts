/** Words a DPO reads, in both languages of the app. */
export type Localised = { fr: string; en: string };

/** The six lawful bases of GDPR article 6(1). */
export const legalBases = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof legalBases)[number];

/**
 * One processing activity of the record GDPR article 30 asks of the organisation: what a package
 * stores about people, why, on what legal basis, for how long and who receives it. The core declares
 * its own; each plugin declares its own through the `dataProcessing` part of the contract.
 */
export type DataProcessingActivity = {
  /** Stable id, namespaced for a plugin ("pulse:answers"). */
  id: string;
  name: Localised;
  purpose: Localised;
  legalBasis: LegalBasis;
  /** Whose data: employees, invited guests, people in the org chart… */
  dataSubjects: Localised;
  dataCategories: Localised[];
  retention: Localised;
  recipients: Localised;
};
