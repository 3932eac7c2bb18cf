import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { dispatch } from '../../electron/handlers/dispatch'
import { handlers } from '../../electron/handlers/index'
import { channelNamePattern } from '../../electron/main/ipcChannel'
import { contract, isChannelName, type ChannelName } from '../../src/shared/contract'
import { channel, joinChannels } from '../../src/shared/contract/channel'
import { openTempDatabase, removeTempDirs } from '../support/tempDatabase'
import { channelSamples, coveredPrefixes, type ChannelSample } from './channelSamples'

afterAll(removeTempDirs)

const channelNames = Object.keys(contract) as ChannelName[]
const sampled = channelNames.filter((name) => channelSamples[name] !== undefined)

describe('the contract', () => {
  it('names every channel feature.action, and every name is its own', () => {
    expect(channelNames.length).toBeGreaterThan(0)
    for (const name of channelNames) {
      expect(name).toMatch(channelNamePattern)
      expect(isChannelName(name)).toBe(true)
    }
    expect(isChannelName('toString')).toBe(false)
    expect(isChannelName('__proto__')).toBe(false)
  })

  it('has a handler for every channel and none without a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort())
  })

  it(`has a sample input for every ${coveredPrefixes.join(' / ')} channel (add yours to test/handlers/channelSamples.ts)`, () => {
    const covered = channelNames.filter((name) => coveredPrefixes.some((prefix) => name.startsWith(prefix)))
    expect(covered.length).toBeGreaterThan(0)
    expect(covered.filter((name) => channelSamples[name] === undefined)).toEqual([])
  })

  it('has no sample for a channel that does not exist', () => {
    expect(Object.keys(channelSamples).filter((name) => !isChannelName(name))).toEqual([])
  })
})

describe.each(sampled)('channel %s', (name) => {
  it('returns output that parses with its output schema, also after a JSON round trip', async () => {
    const { db, ctx } = openTempDatabase()
    try {
      const sample = channelSamples[name] as ChannelSample<typeof name>
      const envelope = await dispatch(ctx, name, await sample(ctx))
      if (!envelope.ok) expect.fail(`${name} failed: ${JSON.stringify(envelope.error)}`)
      const output: z.ZodType = contract[name].output
      const direct = output.safeParse(envelope.data)
      expect(direct.success, direct.error ? z.prettifyError(direct.error) : '').toBe(true)
      const wire = output.safeParse(JSON.parse(JSON.stringify(envelope.data)))
      expect(wire.success, wire.error ? z.prettifyError(wire.error) : '').toBe(true)
    } finally {
      db.close()
    }
  })
})

describe('joinChannels', () => {
  const ping = channel(z.strictObject({}), z.string())

  it('joins groups into one map', () => {
    const joined = joinChannels({ 'a.one': ping }, { 'b.two': ping })
    expect(Object.keys(joined)).toEqual(['a.one', 'b.two'])
  })

  it('throws when a channel name is declared twice', () => {
    expect(() => joinChannels({ 'a.one': ping, 'a.two': ping }, { 'a.two': ping })).toThrow('Channel "a.two" is declared twice')
  })
})
