import type { AnalysisTextField, FitVerdict } from '@shared/contract/messages'

export interface AnalysisFieldText {
  label: string
  placeholder: string
}

/** Each text field of the form: its label and a nudge on what to write. */
export const analysisFieldTexts: Record<AnalysisTextField, AnalysisFieldText> = {
  currentSituation: {
    label: 'Current situation',
    placeholder: 'What their operation looks like today: size, sites, how the work flows, what is changing.',
  },
  currentSolution: {
    label: 'Current solution',
    placeholder: 'How they handle it now: tools, vendors, spreadsheets, people.',
  },
  needs: {
    label: 'Needs and problems, in their words',
    placeholder: 'Write down what they said, the way they said it. A quote beats a summary.',
  },
  decisionMakers: {
    label: 'Who decides',
    placeholder: 'Names and roles. Say who is confirmed and who you only presume decides.',
  },
  decisionProcess: {
    label: 'How the decision is made',
    placeholder: 'The steps, the sign-offs, who else has a say, any purchasing rules.',
  },
  timeline: {
    label: 'Timeline',
    placeholder: 'When they need it solved, and what is driving that date.',
  },
  budget: {
    label: 'Budget',
    placeholder: 'Is money set aside? Roughly how much, whose budget, and when it is set.',
  },
  competitors: {
    label: 'Competitors',
    placeholder: 'Who else they are talking to, or already use.',
  },
  objections: {
    label: 'Objections',
    placeholder: 'The concerns they raised, and how you answered each.',
  },
  verdictReason: {
    label: 'Why',
    placeholder: 'What makes it a fit or not. For no fit, the reason sharpens your qualifiers.',
  },
  assumptionsHeld: {
    label: 'Assumptions that held',
    placeholder: 'Which of your guesses before the call turned out true.',
  },
  assumptionsWrong: {
    label: 'Assumptions that were wrong',
    placeholder: 'What turned out differently. Often the real buyer sits in another team.',
  },
}

/** The form in sections, in the order a call tends to uncover them. */
export const analysisSections: { title: string; fields: AnalysisTextField[] }[] = [
  { title: 'Where they are', fields: ['currentSituation', 'currentSolution'] },
  { title: 'What they need', fields: ['needs'] },
  { title: 'Who decides and how', fields: ['decisionMakers', 'decisionProcess'] },
  { title: 'Timing and money', fields: ['timeline', 'budget'] },
  { title: 'Competition and concerns', fields: ['competitors', 'objections'] },
]

export const assumptionFields: AnalysisTextField[] = ['assumptionsHeld', 'assumptionsWrong']

export const fitVerdictLabels: Record<FitVerdict, string> = {
  unknown: 'Not known yet',
  fit: 'Fit',
  'possible-fit': 'Possible fit',
  'no-fit': 'No fit',
}
