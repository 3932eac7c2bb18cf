import type { ComponentType } from 'react'
import { AnalysisFormPanel } from '../analysis/AnalysisFormPanel'
import { ChecklistPanel } from '../checklist/ChecklistPanel'
import { MessagesPanel } from '../messages/MessagesPanel'
import { ObjectionsPanel } from '../questions/ObjectionsPanel'
import { QuestionsPanel } from '../questions/QuestionsPanel'
import { ResearchPanel } from '../research/ResearchPanel'
import { ToVerifyPanel } from '../research/ToVerifyPanel'

export interface PrepTabProps {
  accountId: string
}

export interface PrepTab {
  /** Used in the address: #/prep/<accountId>/<id>. */
  id: string
  label: string
  Panel: ComponentType<PrepTabProps>
}

/**
 * The pre-call work on one target, in the order a rep does it. Each feature adds its panel here;
 * the checklist reads the same data, so a tab and its checklist item always agree.
 */
export const prepTabs: PrepTab[] = [
  { id: 'research', label: 'Research', Panel: ResearchPanel },
  { id: 'verify', label: 'To verify', Panel: ToVerifyPanel },
  { id: 'questions', label: 'Questions', Panel: QuestionsPanel },
  { id: 'messages', label: 'Messages', Panel: MessagesPanel },
  { id: 'objections', label: 'Objections', Panel: ObjectionsPanel },
  { id: 'analysis', label: 'Analysis form', Panel: AnalysisFormPanel },
  { id: 'checklist', label: 'Checklist', Panel: ChecklistPanel },
]
