import type { CellRole } from '../../db/schema';

/** A step of a playbook: who in the cell owns it and how long after the declaration it is due. */
export type PlaybookStep = { step: string; owner: CellRole; dueAfterMinutes: number };

const common: PlaybookStep[] = [
  { step: 'assess-facts', owner: 'lead', dueAfterMinutes: 30 },
  { step: 'crisis-mode', owner: 'lead', dueAfterMinutes: 30 },
  { step: 'holding-statement', owner: 'communication', dueAfterMinutes: 60 },
];

/**
 * The cell's checklist for each severity (the ORSYS guide: facts first, one voice, every answer
 * validated, no deletion that would feed a Streisand effect). The web client words each step.
 */
export const PLAYBOOKS: Record<1 | 2 | 3, PlaybookStep[]> = {
  1: [...common, { step: 'answer-questions', owner: 'community_manager', dueAfterMinutes: 240 }],
  2: [
    ...common,
    { step: 'brief-legal', owner: 'legal', dueAfterMinutes: 120 },
    { step: 'answer-questions', owner: 'community_manager', dueAfterMinutes: 240 },
  ],
  3: [
    ...common,
    { step: 'brief-legal', owner: 'legal', dueAfterMinutes: 60 },
    { step: 'inform-staff-representatives', owner: 'staff_representative', dueAfterMinutes: 120 },
    { step: 'brief-hr', owner: 'hr', dueAfterMinutes: 120 },
    { step: 'answer-questions', owner: 'community_manager', dueAfterMinutes: 180 },
  ],
};
