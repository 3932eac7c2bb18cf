import type { ToVerifyKind } from '@shared/domain/toVerify'
import type { ResearchNoteKind } from '@shared/domain/research'

/** Shown under each kind in the note dialog, and as each group's heading on the Research tab. */
export const noteKindHints: Record<ResearchNoteKind, string> = {
  fact: 'Something you know from a source you trust.',
  assumption: 'Something you believe but have not confirmed. It goes on the To verify list.',
  'need-hypothesis': 'A need you suspect they have. It goes on the To verify list.',
  news: 'Something recent reported about them.',
  'trigger-event': 'A change that can open a door: a new executive, funding, expansion, an acquisition.',
}

export const noteKindGroupTitles: Record<ResearchNoteKind, string> = {
  fact: 'Facts',
  assumption: 'Assumptions',
  'need-hypothesis': 'Need hypotheses',
  news: 'News',
  'trigger-event': 'Trigger events',
}

export const toVerifyGroupTitles: Record<ToVerifyKind, string> = {
  'unknown-qualifier': 'Qualifiers nobody has checked yet',
  assumption: 'Assumptions',
  'need-hypothesis': 'Needs you suspect',
  'stale-fact': 'Facts that may be out of date',
  'presumed-decision-maker': 'Decision makers you presume',
}
