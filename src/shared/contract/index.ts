import type { z } from 'zod'
import { accountsChannels } from './accounts'
import { appChannels } from './app'
import { joinChannels } from './channel'
import { checklistChannels, printChannels } from './checklist'
import { contactsChannels } from './contacts'
import { exportChannels } from './export'
import { importChannels } from './import'
import { analysisChannels, messagesChannels } from './messages'
import { objectionsChannels, questionsChannels } from './questions'
import { researchChannels } from './research'
import { targetingChannels } from './targeting'
import { targetsChannels } from './targets'

/**
 * Every channel the renderer can call. To add one: declare it in its feature's file here, write the
 * repository function and the handler (the handler map will not compile until you do), then a hook.
 */
export const contract = joinChannels(appChannels, accountsChannels, contactsChannels, targetingChannels, questionsChannels, objectionsChannels, targetsChannels, importChannels, exportChannels, researchChannels, messagesChannels, analysisChannels, checklistChannels, printChannels)

export type Contract = typeof contract
export type ChannelName = keyof Contract
/** What a caller sends (before parsing: blanks and optionals allowed). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>
/** What a handler receives (after parsing). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>
/** What a handler returns and the caller receives. */
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name)
}

export * from './envelope'
export * from './fields'
export * from './accounts'
export * from './app'
export * from './contacts'
export * from './targeting'
export * from './questions'
export * from './targets'
export * from './import'
export * from './export'
export * from './research'
export * from './messages'
export * from './checklist'
