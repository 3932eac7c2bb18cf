import type { QuestionPurpose } from '@shared/domain/questionCoach'

export interface PurposeLabel {
  label: string
  /** One line on what this kind of question is for. */
  purpose: string
}

export const purposeLabels: Record<QuestionPurpose, PurposeLabel> = {
  situation: { label: 'Situation', purpose: 'How things work for them today. Ask only what research could not tell you.' },
  problem: { label: 'Problem', purpose: 'What is hard, slow or frustrating for them.' },
  implication: { label: 'Implication', purpose: 'What those problems cost them, so the size of the problem is felt.' },
  'need-payoff': { label: 'Need-payoff', purpose: 'What solving it would be worth, in their own words.' },
  'decision-process': { label: 'Decision process', purpose: 'Who decides, who else weighs in, and how.' },
  timing: { label: 'Timing', purpose: 'When a decision or a change could happen.' },
}
