import type { targetingChannels } from '../../src/shared/contract/targeting'
import { clearAssessment, setAssessment } from '../store/repositories/assessments'
import { previewCoverage, qualifierCoverage } from '../store/repositories/coverage'
import { explainAccountFit, fitSummary } from '../store/repositories/fit'
import { addLesson, listLessons, restoreLesson, softDeleteLesson } from '../store/repositories/lessons'
import { getOffering, saveOffering } from '../store/repositories/offering'
import {
  distinctFieldValues,
  insertQualifier,
  listQualifiers,
  reorderQualifiers,
  restoreQualifier,
  softDeleteQualifier,
  updateQualifier,
} from '../store/repositories/qualifiers'
import type { HandlerMap } from './handler'

export const targetingHandlers: HandlerMap<keyof typeof targetingChannels> = {
  'offering.get': (ctx) => getOffering(ctx.db),
  'offering.save': (ctx, fields) => saveOffering(ctx.db, fields),

  'qualifiers.list': (ctx) => listQualifiers(ctx.db),
  'qualifiers.create': (ctx, fields) => insertQualifier(ctx.db, fields),
  'qualifiers.update': (ctx, { id, fields }) => updateQualifier(ctx.db, id, fields),
  'qualifiers.delete': (ctx, { id }) => softDeleteQualifier(ctx.db, id),
  'qualifiers.restore': (ctx, { id }) => restoreQualifier(ctx.db, id),
  'qualifiers.reorder': (ctx, { ids }) => reorderQualifiers(ctx.db, ids),
  'qualifiers.fieldValues': (ctx, { field }) => distinctFieldValues(ctx.db, field),
  'qualifiers.coverage': (ctx) => qualifierCoverage(ctx.db),
  'qualifiers.preview': (ctx, { rule, qualifierId }) => previewCoverage(ctx.db, rule, qualifierId),

  'assessments.set': (ctx, { accountId, qualifierId, status, note }) => {
    setAssessment(ctx.db, accountId, qualifierId, status, note)
    return explainAccountFit(ctx.db, accountId)
  },
  'assessments.clear': (ctx, { accountId, qualifierId }) => {
    clearAssessment(ctx.db, accountId, qualifierId)
    return explainAccountFit(ctx.db, accountId)
  },

  'fit.explain': (ctx, { accountId }) => explainAccountFit(ctx.db, accountId),
  'fit.summary': (ctx) => fitSummary(ctx.db),

  'lessons.list': (ctx) => listLessons(ctx.db),
  'lessons.add': (ctx, fields) => addLesson(ctx.db, fields),
  'lessons.delete': (ctx, { id }) => softDeleteLesson(ctx.db, id),
  'lessons.restore': (ctx, { id }) => restoreLesson(ctx.db, id),
}
