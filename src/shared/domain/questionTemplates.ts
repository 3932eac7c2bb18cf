/**
 * Open-question templates for the rewriter, chosen by the verb and subject of a parsed clause.
 * Each returns undefined when it does not apply, so the next one can try.
 */
import { AUXILIARIES } from './questionLexicon'
import {
  ADVERBS, PREDICATE_ADJECTIVES, PRONOUN_SUBJECTS, isParticiple, isPlural, lower, objectAfter, pastTense,
  phrase, toYour, untilBreaker, withoutAdverbs, type Clause,
} from './questionParse'

/** 'question': aux-first yes/no question; 'statement': declarative clause (tags, "You use X?"). */
export type Form = 'question' | 'statement' | 'either-or'

export const PEOPLE = /\b(?:reps?|team|teams|staff|customers?|clients?|competitors?|drivers?|people|managers?|board|ceo|cfo|cto|director|users?|employees?)\b/
const PROBLEM_CUES = /\b(?:trouble|concerns?|risks?|worr(?:y|ied)|problems?|issues?|difficult(?:y|ies)?|hard|struggle[sd]?|struggling|pain|headaches?|challenges?|frustrat\w*|too (?:long|slow|much)|waste[sd]?|wasting|slow|tough|bottlenecks?|delays?)\b/
const PROBLEM_NOUN = /\b(headache|pain|problem|challenge|issue|struggle|bottleneck|concern|risk|worry)\b/
const SATISFACTION = /^(?:happy|satisfied|pleased|content|comfortable) with\b/
const MEETING_CUES = /\b(?:call|meeting|meet|demo|book|schedule|minutes|follow-up|chat|catch up|time|slot|session)\b/
const NEED_PAYOFF = /\b(?:help|easier|better|worth|valuable|useful|difference|matter|simpler|faster)\b/
const EVENT_VERBS = /^(?:miss|fail|break|lose|slip|crash|drop|leave|quit|cancel|overrun|churn|complain|escalate)$/
const TIME_OPTION = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|today|tomorrow|next|this|early|late)/
const RIVALS = /\b(?:competitors?|rivals?|peers)\b/
const DATED = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|week|month|quarter|year|today|tomorrow)\b/
const PREPOSITION = /^(?:in|on|by|through|from|at|with|via|for|to|into|over|under)$/

export function meetingOrSuggestion(vp: readonly string[], who: string): string {
  return MEETING_CUES.test(lower(vp).join(' '))
    ? `What would you want to cover if ${who} ${phrase(vp)}?`
    : `How would you suggest ${who} ${phrase(vp)}?`
}

function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`
  return `${verb}s`
}

function baseForm(verb: string): string {
  if (/ies$/.test(verb)) return `${verb.slice(0, -3)}y`
  if (/(?:sh|ch|x|ss)es$/.test(verb)) return verb.slice(0, -2)
  return verb.replace(/([^s])s$/, '$1')
}

/** "Do you prefer email or phone?" → weigh the options; day/time options → ask when suits. */
function eitherOr(c: Clause): string | undefined {
  const all = [c.aux, ...c.subject, ...c.pred]
  const low = lower(all)
  const at = low.lastIndexOf('or')
  if (at < 2) return undefined
  const a = low[at - 1] ?? ''
  const after = all.slice(at + 1)
  const tailAt = lower(after).findIndex((w) => w === 'for' || w === 'to' || w === 'when')
  const b = tailAt < 0 ? after : after.slice(0, tailAt)
  const tail = tailAt < 0 ? '' : ` ${phrase(after.slice(tailAt))}`
  if (TIME_OPTION.test(a)) return `When would suit you best${tail}?`
  const bFirst = lower(b)[0] ?? ''
  const optionsAreNouns = b.length > 0 && b.length <= 3 && !PREPOSITION.test(bFirst) && !AUXILIARIES.has(bFirst) && !/ly$/.test(a)
  if (optionsAreNouns) return `How do you weigh ${all[at - 1] ?? ''} against ${phrase(b)}${tail}?`
  if (AUXILIARIES.has(bFirst)) return whoDoes(c)
  let cut = at - 1
  for (let i = at - 1; i >= Math.max(2, at - 3); i -= 1) if (PREPOSITION.test(low[i] ?? '')) cut = i
  const before = all.slice(1, cut)
  if (before.length === 0) return undefined
  const today = lower(c.subject).join(' ') === 'you' ? ' today' : ''
  return low[cut] === 'from' ? `Where ${c.aux} ${phrase(before)} from?` : `How ${c.aux} ${phrase(before)}${today}?`
}

/** "Do you own the budget, or does finance?" → "Who owns the budget?" */
function whoDoes(c: Clause): string | undefined {
  const low = lower(c.pred)
  const rel = low.findIndex((w) => w === 'that' || w === 'who')
  const orAt = low.lastIndexOf('or')
  if (rel >= 0 && rel < orAt - 1) return `Who ${phrase(c.pred.slice(rel + 1, orAt))}?`
  const pred = withoutAdverbs(c.pred.slice(0, orAt))
  const verb = lower(pred)[0]
  if (verb === undefined || pred.length < 2) return undefined
  return `Who ${thirdPerson(verb)} ${phrase(pred.slice(1))}?`
}

function problemTemplate(c: Clause, past: boolean, npSubject: boolean): string | undefined {
  const low = lower(c.pred).join(' ')
  const subj = lower(c.subject).join(' ')
  if (!PROBLEM_CUES.test(low) && !(npSubject && PROBLEM_CUES.test(subj))) return undefined
  const vp = objectAfter(c.pred, /^(?:difficult|hard|tough|easy|struggle|struggling) to\b/)
  if (vp) return `How do you ${phrase(vp)} today?`
  const topic = objectAfter(c.pred, /^(?:with|because of|due to|around)\b/) ?? (npSubject && !PEOPLE.test(subj) ? [...c.subject] : undefined)
  if (topic) return past ? `How did things go with ${phrase(topic)}?` : `How do you handle ${phrase(toYour(topic))} today?`
  const noun = PROBLEM_NOUN.exec(low)
  if (noun && PRONOUN_SUBJECTS.has(subj)) return `What makes ${subj === 'you' ? 'it' : subj} such a ${noun[1] ?? 'problem'} for you?`
  return undefined
}

function wishesAndPlans(c: Clause, you: boolean): string | undefined {
  const pred = c.pred
  const low = lower(pred).join(' ')
  const satisfied = objectAfter(pred, SATISFACTION) ?? objectAfter(pred, /^(?:still )?(?:on|using)\b/)
  if (satisfied && (SATISFACTION.test(low) || /^still\b/.test(low) || /^on\b/.test(low))) return `How well is ${phrase(satisfied)} working for you?`
  const considering = objectAfter(pred, /^(?:consider|considered|considering|looking at|looking into|thought about|thinking about|looked at|looked into|explored|exploring|evaluated|evaluating)\b/)
  if (considering) return `How are you thinking about ${phrase(considering)}?`
  const planTo = objectAfter(pred, /^(?:planning|plan|going|intending|hoping) to\b/)
  if (planTo) return `What are your plans to ${phrase(planTo)}?`
  if (c.aux === 'will' && you && /^be \w+ing\b/.test(low)) return `What are your plans for ${phrase(pred.slice(1))}?`
  if (c.aux === 'are' && you && /^\w+ing\b/.test(low) && !/^(?:using|running|relying)\b/.test(low)) return `What are your plans for ${phrase(pred)}?`
  const openTo = objectAfter(pred, /^(?:open|interested) (?:to|in)\b/)
  if (openTo) return MEETING_CUES.test(lower(openTo).join(' ')) ? `What would you want to cover in ${phrase(openTo)}?` : `How are you thinking about ${phrase(openTo)}?`
  if (you && c.aux === 'would' && /^(?:like|love)\b/.test(low)) {
    const offered = objectAfter(pred, /^(?:like|love) (?:(?:me|us) )?to \S+(?: (?:over|through|across|up|out|along|in))?\b/)
    if (offered) return `What would you want to get out of ${phrase(offered)}?`
  }
  const wish = objectAfter(pred, /^(?:want|wants|need|needs|rather|prefer) to\b/) ?? objectAfter(pred, /^rather\b/)
  if (wish && (you || c.aux === 'would')) return `What would it mean for you to ${phrase(wish)}?`
  const wanted = objectAfter(pred, /^(?:want|wants)\b/)
  if (wanted && you && lower(wanted)[0] !== 'to') return `What would ${phrase(wanted)} mean for your team?`
  return undefined
}

const BARE_ADJECTIVE = /^(?:manual|slow|fast|secure|reliable|complex|complicated|expensive|accurate|flexible|busy|stable|urgent|important|difficult|easy|simple|hard)$/

function weAndIt(c: Clause): string | undefined {
  const subj = lower(c.subject).join(' ')
  const pred = c.pred
  if (subj === 'we' || subj === 'i') {
    const who = subj === 'i' ? 'I' : 'we'
    const verb = lower(pred)[0] ?? ''
    const offer = objectAfter(pred, /^(?:send|share|email|show|forward)(?: (?:you|over|across|through))*\b/)
    if (offer && !MEETING_CUES.test(lower(offer).join(' '))) return `What would you want to see in ${phrase(offer)}?`
    if (/^(?:include|invite|involve|loop|bring|add|cc)$/.test(verb)) {
      const prep = lower(pred).findIndex((w, i) => i > 1 && /^(?:in|on|to|into)$/.test(w))
      if (prep > 0) return `Who else should ${who} ${verb} ${phrase(pred.slice(prep))}?`
    }
    return meetingOrSuggestion(pred, who)
  }
  if (subj !== 'it' && subj !== 'this' && subj !== 'that') return undefined
  const viaIt = objectAfter(pred, /^(?:be )?(?:make sense|possible|ok|okay|worth it|a good idea|useful|easier|better) to\b/)
  if (viaIt) return meetingOrSuggestion(viaIt, 'we')
  const something = objectAfter(pred, /^something you (?:would |might |are |will )?(?:be )?(?:open to|interested in|considering|looking at|thinking about|looking into)\b/)
  if (/^something\b/.test(lower(pred).join(' '))) return `How are you thinking about ${something ? `${phrase(something)} ` : ''}${subj}?`
  const adjective = withoutAdverbs(lower(pred)).filter((w) => !/^(?:a|an|bit|quite|pretty|very|fairly|rather|mostly|largely)$/.test(w))
  if (/^(?:is|are|was)$/.test(c.aux) && adjective.length === 1 && BARE_ADJECTIVE.test(adjective[0] ?? '')) return `How ${adjective[0] ?? ''} is ${subj} today?`
  const cleft = lower(pred).findIndex((w) => w === 'that' || w === 'who')
  if (subj === 'it' && cleft > 0 && cleft < pred.length - 1) return `Who ${phrase(pred.slice(cleft + 1))}?`
  return undefined
}

function youTemplates(c: Clause, form: Form): string | undefined {
  const pred = c.pred
  const low = lower(pred)
  const role = /^(?:the )?(?:right )?(?:person|one|decision[- ]maker|budget holder|owner|responsible|in charge)\b/.test(low.join(' '))
  if (role) {
    const about = objectAfter(pred, /^(?:on|about|for|of)\b/)?.filter((w) => !/^(?:this|that|it)$/i.test(w))
    return about && about.length > 0 ? `Who else is involved in decisions about ${phrase(about)}?` : 'Who else is involved in this decision?'
  }
  const first = low[0] ?? ''
  if (/^(?:were|are|was|is|am)$/.test(c.aux) && isParticiple(first)) return `How ${c.aux} you ${phrase(untilBreaker(pred) ?? pred)}?`
  if (/^(?:have|has)$/.test(c.aux)) {
    const rest = withoutAdverbs(pred)
    const participle = rest[0] ?? ''
    const next = lower(rest)[1]
    if (isParticiple(participle) && (next === undefined || PREPOSITION.test(next))) {
      return `What have you ${phrase(untilBreaker(rest.filter((w) => w.toLowerCase() !== 'yet')) ?? rest)} so far?`
    }
    const object = untilBreaker(rest.slice(1).filter((w) => w.toLowerCase() !== 'yet'))
    if (object) return `How are you approaching ${phrase(object[0] && /^(?:a|an)$/i.test(object[0]) ? ['the', ...object.slice(1)] : object)}?`
  }
  if (form === 'statement' || ['do', 'does', 'did', ''].includes(c.aux)) {
    const object = untilBreaker(withoutAdverbs(pred).slice(1))
    if (object && !/^(?:is|are|am|was|were)$/.test(c.aux)) return `How do you handle ${phrase(toYour(object))} today?`
  }
  return undefined
}

function nounPhraseTemplates(c: Clause, form: Form): string | undefined {
  const pred = withoutAdverbs(c.pred)
  const low = lower(pred)
  const subject = phrase(c.subject)
  const people = PEOPLE.test(lower(c.subject).join(' '))
  const first = low[0] ?? ''
  const does = isPlural(c.subject) ? 'do' : 'does'
  if (/^(?:should|could|must|would)$/.test(c.aux) && /^be (?:part of|involved in|on|in)\b/.test(low.join(' '))) return `Who should ${phrase(pred)}?`
  if (c.aux === 'did' && /^(?:anything|something)$/.test(lower(c.subject).join(' ')) && first) return `What ${pastTense(first)} ${phrase(pred.slice(1))}?`
  if (/^(?:has|have)$/.test(c.aux) && /^(?:anything|something)$/.test(lower(c.subject).join(' '))) return `What has ${phrase(pred)}?`
  if (form === 'statement' && /^(?:has|have)$/.test(c.aux) && isParticiple(first)) {
    const object = untilBreaker(pred.slice(1))
    const pronounObject = object === undefined || PRONOUN_SUBJECTS.has(lower(object).join(' '))
    if (RIVALS.test(lower(c.subject).join(' ')) && object) return `How do you compare with ${subject} on ${phrase(object)}?`
    return `Where do things stand with ${phrase(people && !pronounObject ? object : c.subject)}?`
  }
  const be = /^(?:is|are|was|were)$/.test(c.aux)
  if (be && people && form === 'statement') return `What does a typical week look like for ${subject}?`
  if (be && isParticiple(first)) {
    return form === 'statement' ? `How ${c.aux} ${subject} ${first} today?` : `How ${c.aux} ${subject} ${phrase(untilBreaker(pred) ?? pred)}?`
  }
  if (be && PREDICATE_ADJECTIVES.has(first)) return `What does ${subject} look like${pred.length > 1 ? ` ${phrase(pred.slice(1))}` : ''}?`
  if (be && /ing$/.test(first)) return `How ${c.aux} ${subject} ${phrase(untilBreaker(pred) ?? pred)}?`
  if (be && people) return `What does a typical week look like for ${subject}?`
  const verb = form === 'statement' && c.aux === '' ? baseForm(first) : first
  if ((c.aux === '' || /^(?:do|does)$/.test(c.aux)) && EVENT_VERBS.test(verb)) {
    return `What happens when ${subject} ${isPlural(c.subject) ? verb : thirdPerson(verb)} ${phrase(pred.slice(1))}?`
  }
  if (people && /^(?:need|deserve|want|expect|require)$/.test(verb)) {
    const head = untilBreaker(pred.slice(1))?.slice(-1)[0]
    if (head) return `What do ${subject} need from their ${head} today?`
  }
  if (c.aux === 'can') return `How well ${does} ${subject} ${phrase(untilBreaker(pred) ?? pred)}?`
  if (/^(?:must|should)$/.test(c.aux)) return `How ${does} ${subject} ${phrase(untilBreaker(pred) ?? pred)}?`
  if (form !== 'statement' && c.aux !== '' && !be) return `How ${c.aux} ${subject} ${phrase(untilBreaker(pred) ?? pred)}?`
  if (form === 'statement' && c.aux === '' && first) {
    const rest = untilBreaker(pred.slice(1)) ?? []
    const today = DATED.test(lower(rest).join(' ')) ? '' : ' today'
    return `How ${does} ${subject} ${baseForm(first)} ${phrase(rest)}${today}?`
  }
  return undefined
}

/** Chooses a template from the verb and subject; undefined lets the caller fall back. */
export function fromClause(c: Clause, form: Form): string | undefined {
  if (form === 'either-or') return eitherOr(c)
  const pred = c.pred
  const low = lower(pred).join(' ')
  const subj = lower(c.subject).join(' ')
  const you = subj === 'you'
  const npSubject = !PRONOUN_SUBJECTS.has(subj) && c.subject.length > 0
  if (subj === 'there') {
    const rel = lower(pred).findIndex((w) => w === 'that' || w === 'who')
    const start = /^(?:a|an|any)$/.test(lower(pred)[0] ?? '') ? 1 : 0
    if (rel > 0) return `Which ${phrase(pred.slice(start, rel))} ${phrase(pred.slice(rel + 1))}?`
    if (/^(?:you|we|they|i)$/.test(lower(pred)[start + 1] ?? '')) return `What is the ${phrase(pred.slice(start))}?`
    const prep = lower(pred).findIndex((w, i) => i > start && PREPOSITION.test(w))
    return `What ${phrase(pred.slice(start, prep < 0 ? pred.length : prep))} do you have${prep < 0 ? '' : ` ${phrase(pred.slice(prep))}`}?`
  }
  const ifAt = lower(pred).indexOf('if')
  if (ifAt >= 0 && ifAt < pred.length - 1 && NEED_PAYOFF.test(lower(pred.slice(0, ifAt)).join(' '))) {
    return `What would it mean for your team if ${phrase(pred.slice(ifAt + 1))}?`
  }
  if (npSubject && /\b(?:make a difference|help|be valuable|be useful|be worth|matter)\b/.test(low)) {
    return `What would ${phrase(c.subject)} mean for your team?`
  }
  const past = ['did', 'was', 'were', 'had'].includes(c.aux)
  return (
    problemTemplate(c, past, npSubject) ??
    weAndIt(c) ??
    wishesAndPlans(c, you) ??
    (npSubject && /\b(?:meeting|working|serving)\b/.test(low) ? `How well is ${phrase(c.subject)} working for you?` : undefined) ??
    toolUseTemplate(c, you) ??
    haveTemplate(c, you, npSubject) ??
    (you ? youTemplates(c, form) : undefined) ??
    (npSubject || /^(?:anything|something)$/.test(subj) ? nounPhraseTemplates(c, form) : undefined)
  )
}

function toolUseTemplate(c: Clause, you: boolean): string | undefined {
  const useFor = objectAfter(c.pred, /^(?:still )?(?:use|uses|using|rely on|relies on|run|runs)\b/)
  if (!useFor) return undefined
  const forAt = lower(useFor).indexOf('for')
  const purpose = forAt >= 0 ? useFor.slice(forAt + 1) : []
  const tool = forAt >= 0 ? useFor.slice(0, forAt) : useFor
  const plural = isPlural(c.subject)
  if (purpose.length > 0 && !/^(?:this|that|it)$/i.test(purpose[0] ?? '')) {
    return you ? `How do you handle ${phrase(purpose)} today?` : `How ${plural ? 'do' : 'does'} ${phrase(c.subject)} handle ${phrase(purpose)} today?`
  }
  const who = you ? 'are you' : `${plural ? 'are' : 'is'} ${phrase(c.subject)}`
  return `How ${who} using ${phrase(toYour(tool))} today?`
}

function haveTemplate(c: Clause, you: boolean, npSubject: boolean): string | undefined {
  if (!you && !npSubject) return undefined
  if (c.aux === 'have' || c.aux === 'has') return undefined
  const had = objectAfter(c.pred, /^(?:have|has|got)\b/)
  if (!had || ADVERBS.has(lower(had)[0] ?? '')) return undefined
  return `Tell me about ${phrase(toYour(had))}.`
}
