import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, saveScreenshot, startBrowserMode, type RunningApp, invokeChannel } from '../support/browserMode'

let app: RunningApp
let browser: Browser
let page: Page

const invoke = <T = unknown>(channel: string, payload: unknown): Promise<T> => invokeChannel<T>(app, channel, payload)

const rows = () => page.locator('[data-universe-row]')
const counter = () => page.getByTestId('target-count')
const selectable = () => page.locator('[data-universe-row] input[type="checkbox"]:not([disabled])')

async function openUniverse() {
  await page.getByRole('navigation').getByRole('link', { name: /^Universe/ }).click()
  await expect.poll(() => rows().count()).toBeGreaterThan(0)
}

beforeAll(async () => {
  app = await startBrowserMode()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${app.url}#/accounts`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the universe and the target list in browser mode', () => {
  it('loads the sample territory and shows every account with its fit and the reasons for it', async () => {
    await page.getByRole('button', { name: 'Load the sample territory' }).click()
    await expect.poll(() => page.locator('.toast-message', { hasText: 'Loaded 200 sample accounts.' }).isVisible()).toBe(true)
    // The ideal-prospect profile is another screen's subject: set it through the same channels.
    await invoke('qualifiers.create', {
      name: 'Industries we know',
      rule: { kind: 'values', field: 'industry', values: ['Media', 'Energy', 'Telecommunications'] },
      mustHave: false,
      weight: 3,
    })
    await invoke('qualifiers.create', { name: 'Mid-sized', rule: { kind: 'range', field: 'employees', min: 100, max: 5000 }, mustHave: false, weight: 2 })
    await invoke('qualifiers.create', { name: 'North America', rule: { kind: 'values', field: 'country', values: ['United States', 'Canada'] }, mustHave: false, weight: 1 })

    await openUniverse()
    await expect.poll(() => page.locator('.universe-count').textContent()).toBe('200 accounts')
    expect(await counter().textContent()).toContain('0')
    // Every row shows a scored fit badge.
    expect(await page.locator('[data-universe-row] .fit-badge-unscored').count()).toBe(0)
    expect(await page.locator('[data-universe-row] .fit-badge').count()).toBe(await rows().count())

    await rows().first().locator('[role="cell"]').nth(1).click()
    const panel = page.getByRole('complementary')
    await expect.poll(() => panel.getByRole('region', { name: 'Fit' }).isVisible()).toBe(true)
    await expect.poll(() => panel.getByText(/\d+ met · \d+ missed · \d+ unknown/).isVisible()).toBe(true)
    await saveScreenshot(page, 'universe')
    await page.keyboard.press('Escape')
    await expect.poll(() => panel.count()).toBe(0)
  })

  it('searches and filters by industry', async () => {
    const firstName = (await rows().first().getByRole('checkbox').getAttribute('aria-label'))?.replace(/^Select /, '') ?? ''
    await page.keyboard.press('Control+f')
    await page.keyboard.type(firstName.split(' ')[0] ?? '')
    await expect.poll(() => page.locator('.universe-count').textContent()).toMatch(/^\d+ accounts? match, of 200$/)
    expect(await rows().first().textContent()).toContain(firstName)
    await page.getByLabel('Search the universe', { exact: true }).fill('')

    await page.getByRole('button', { name: 'Industry filter' }).click()
    await page.locator('.filter-option').filter({ hasText: 'Media' }).getByRole('checkbox').check()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.universe-count').textContent()).toBe('16 accounts match, of 200')
    await expect.poll(() => rows().count()).toBe(16)
    const industries = await rows().locator('[role="cell"]:nth-child(4)').allTextContents()
    expect(new Set(industries)).toEqual(new Set(['Media']))
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect.poll(() => page.locator('.universe-count').textContent()).toBe('200 accounts')
  })

  it('selects 15 accounts with a shift-click range and adds them: the counter says 15', async () => {
    await rows().nth(0).getByRole('checkbox').click()
    await rows().nth(14).getByRole('checkbox').click({ modifiers: ['Shift'] })
    await expect.poll(() => page.getByText('15 accounts selected').isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Add to target list' }).click()
    await expect.poll(() => counter().textContent()).toMatch(/^15 \/ 15–20$/)
    await expect.poll(() => page.locator('[data-universe-row] .on-list-badge').count()).toBe(15)
    expect(await page.locator('.target-counter-focused').isVisible()).toBe(true)
  })

  it('suggests the best-fitting accounts once the list drops below 15', async () => {
    await counter().click()
    await expect.poll(() => page.getByRole('heading', { name: 'Target list', level: 1 }).isVisible()).toBe(true)
    expect(await page.locator('.target-row').count()).toBe(15)
    expect(await page.getByRole('heading', { name: 'Suggested' }).count()).toBe(0)

    await page.getByRole('button', { name: /^Remove / }).first().click()
    await expect.poll(() => counter().textContent()).toMatch(/^14 /)
    await expect.poll(() => page.getByRole('heading', { name: 'Suggested' }).isVisible()).toBe(true)
    await expect.poll(() => page.locator('.suggestion').count()).toBeGreaterThan(0)
    const scores = (await page.locator('.suggestion .fit-badge-score').allTextContents()).map(Number)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))

    await page.locator('.suggestion').first().getByRole('button', { name: /^Add / }).click()
    await expect.poll(() => counter().textContent()).toMatch(/^15 /)
    await expect.poll(() => page.getByRole('heading', { name: 'Suggested' }).count()).toBe(0)
  })

  it('keeps a next step on a target', async () => {
    await page.getByRole('button', { name: /^Add a next step for / }).first().click()
    await page.getByLabel(/^Next step for /).fill('Call the head of operations')
    await page.getByLabel(/^Due date for /).fill('2030-05-04')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect.poll(() => page.getByText('Call the head of operations').isVisible()).toBe(true)
  })

  it('keeps a half-typed next step through Escape, and Cancel discards it', async () => {
    const opener = page.getByRole('button', { name: /^Add a next step for / }).first()
    const name = ((await opener.textContent()) ?? '').replace(/^Add a next step for /, '')
    const reopen = () => page.getByRole('button', { name: `Add a next step for ${name}`, exact: true }).click()
    const field = () => page.getByLabel(`Next step for ${name}`, { exact: true })
    await opener.click()
    await field().fill('Send the pricing sheet')
    await page.keyboard.press('Escape')
    await expect.poll(() => field().count()).toBe(0)

    await reopen()
    expect(await field().inputValue()).toBe('Send the pricing sheet')
    expect(await page.getByText('Your unsaved next step is back.').isVisible()).toBe(true)

    await page.getByRole('button', { name: 'Cancel', exact: true }).click()
    await expect.poll(() => field().count()).toBe(0)
    await reopen()
    expect(await field().inputValue()).toBe('')
    await page.keyboard.press('Escape')
    await expect.poll(() => field().count()).toBe(0)
  })

  it('says once for the form when a next step could not be saved, and keeps what was typed', async () => {
    await page.route('**/api/invoke/targets.setNextStep', (route) => route.abort())
    const opener = page.getByRole('button', { name: /^Add a next step for / }).first()
    const name = ((await opener.textContent()) ?? '').replace(/^Add a next step for /, '')
    await opener.click()
    const field = page.getByLabel(`Next step for ${name}`, { exact: true })
    await field.fill('Book a site visit')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const failure = page.getByRole('alert').filter({ hasText: /^Not saved: Groundwork is not reachable\..* Your text is kept; try again\.$/ })
    await expect.poll(() => failure.isVisible()).toBe(true)
    expect(await failure.count()).toBe(1)
    // Not a fault of the text: the field is not marked.
    expect(await field.getAttribute('aria-invalid')).toBe('false')
    expect(await field.inputValue()).toBe('Book a site visit')

    await page.unroute('**/api/invoke/targets.setNextStep')
    await page.getByRole('button', { name: 'Cancel', exact: true }).click()
    await expect.poll(() => field.count()).toBe(0)
  })

  it('asks for a swap or a reason when a 21st account is added, and adds it with a reason', async () => {
    await openUniverse()
    // The list changed on the other screen: wait for the table to show it.
    await expect.poll(() => page.locator('[data-universe-row] .on-list-badge').count()).toBe(15)
    // Picked by name: the rendered rows change as the table scrolls to each one.
    const picks = (await selectable().evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''))).slice(0, 6)
    expect(picks).toHaveLength(6)
    for (const label of picks.slice(0, 5)) await page.getByRole('checkbox', { name: label, exact: true }).click()
    await expect.poll(() => page.getByText('5 accounts selected').isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Add to target list' }).click()
    await expect.poll(() => counter().textContent()).toMatch(/^20 /)

    await page.getByRole('checkbox', { name: picks[5], exact: true }).click()
    await page.getByRole('button', { name: 'Add to target list' }).click()
    const dialog = page.getByRole('dialog', { name: 'Your list is full' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    expect(await dialog.getByText(/past 20/).first().isVisible()).toBe(true)
    // The swap list offers every current target, weakest fit first.
    expect(await dialog.locator('.swap-option').count()).toBe(20)
    expect(await counter().textContent()).toMatch(/^20 /)

    await dialog.getByRole('radio', { name: /Keep it too/ }).check()
    await dialog.getByRole('button', { name: 'Add it anyway' }).click()
    await expect.poll(() => dialog.getByText('Say why the list should go past 20').isVisible()).toBe(true)
    await dialog.getByLabel('Why go past 20?').fill('Their CFO asked for a call this quarter')
    await dialog.getByRole('button', { name: 'Add it anyway' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => counter().textContent()).toMatch(/^21 \/ 15–20$/)
    expect(await page.locator('.target-counter-over').isVisible()).toBe(true)

    await counter().click()
    await expect.poll(() => page.getByText('Kept past 20: Their CFO asked for a call this quarter').isVisible()).toBe(true)
    expect(await page.locator('.target-row').count()).toBe(21)
    await saveScreenshot(page, 'targets')
  })
  it('swaps a target out past 20, and Undo brings the swapped one back in its place', async () => {
    const targetNames = () => page.locator('.target-name').allTextContents()
    // The one kept past 20 carries a reason; swap out one without, so bringing it back cannot grow the list.
    const kept = (await page.locator('.target-row', { has: page.locator('.target-reason') }).locator('.target-name').textContent()) ?? ''
    const before = await targetNames()
    expect(before).toHaveLength(21)

    await openUniverse()
    const label = (await selectable().first().getAttribute('aria-label')) ?? ''
    const incoming = label.replace(/^Select /, '')
    await page.getByRole('checkbox', { name: label, exact: true }).click()
    await page.getByRole('button', { name: 'Add to target list' }).click()
    const dialog = page.getByRole('dialog', { name: 'Your list is full' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    const option = dialog.locator('.swap-option').filter({ hasNot: page.getByText(kept, { exact: true }) }).first()
    const outgoing = (await option.locator('.swap-option-name').textContent()) ?? ''
    expect(outgoing).not.toBe('')
    await option.getByRole('radio').check()
    await dialog.getByRole('button', { name: 'Swap', exact: true }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await counter().textContent()).toMatch(/^21 /)

    const toast = page.locator('.toast', { hasText: `Added ${incoming} to the target list` })
    await toast.getByRole('button', { name: 'Undo' }).click()

    await counter().click()
    await expect.poll(async () => (await targetNames()).includes(outgoing)).toBe(true)
    const after = await targetNames()
    expect(after).not.toContain(incoming)
    expect([...after].sort()).toEqual([...before].sort())
    // Back where it was on the list, with the reason for the one kept past 20 untouched.
    expect(after.indexOf(outgoing)).toBe(before.indexOf(outgoing))
    expect(await page.getByText(/^Kept past 20: Their CFO asked for a call this quarter$/).count()).toBe(1)
    expect(await counter().textContent()).toMatch(/^21 /)
  })
  it('keeps a cancelled reason for going past 20 with its own account only', async () => {
    await openUniverse()
    const [first, second] = await selectable().evaluateAll((boxes) => boxes.slice(0, 2).map((box) => box.getAttribute('aria-label') ?? ''))
    expect(first && second).toBeTruthy()
    const dialog = page.getByRole('dialog', { name: 'Your list is full' })
    const reason = () => dialog.getByLabel('Why go past 20?')
    async function tryToAdd(label: string) {
      await page.getByRole('checkbox', { name: label, exact: true }).check()
      await page.getByRole('button', { name: 'Add to target list' }).click()
      await expect.poll(() => dialog.isVisible()).toBe(true)
    }
    async function cancel(label: string) {
      await dialog.getByRole('button', { name: 'Cancel' }).click()
      await expect.poll(() => dialog.count()).toBe(0)
      await page.getByRole('checkbox', { name: label, exact: true }).uncheck()
    }

    await tryToAdd(first ?? '')
    await dialog.getByRole('radio', { name: /Keep it too/ }).check()
    await reason().fill('Their renewal is up in June')
    await cancel(first ?? '')

    await tryToAdd(second ?? '')
    expect(await dialog.getByText('Your unsaved reason from last time is back.').count()).toBe(0)
    await dialog.getByRole('radio', { name: /Keep it too/ }).check()
    expect(await reason().inputValue()).toBe('')
    await cancel(second ?? '')

    await tryToAdd(first ?? '')
    expect(await dialog.getByText('Your unsaved reason from last time is back.').isVisible()).toBe(true)
    expect(await reason().inputValue()).toBe('Their renewal is up in June')
    await cancel(first ?? '')
    expect(await counter().textContent()).toMatch(/^21 /)
  })
  it('says when the target list cannot load, and loads it again with Try again', async () => {
    const failure = { ok: false, error: { code: 'INTERNAL', message: 'The target list could not be read just now.' } }
    await page.route('**/api/invoke/targets.list', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(failure) }),
    )
    await counter().click()
    await page.reload()
    const alert = page.getByRole('alert').filter({ hasText: 'The target list could not be read just now.' })
    await expect.poll(() => alert.first().isVisible()).toBe(true)
    expect(await page.locator('.target-row').count()).toBe(0)

    await page.unroute('**/api/invoke/targets.list')
    await alert.first().getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => page.locator('.target-row').count()).toBe(21)
    await expect.poll(() => alert.count()).toBe(0)
  })
  it('says when the targets to swap out cannot be read, and reads them again with Try again', async () => {
    const failure = { ok: false, error: { code: 'INTERNAL', message: 'The target list could not be read just now.' } }
    await page.route('**/api/invoke/targets.list', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(failure) }),
    )
    await openUniverse()
    // From a fresh page, so the list is read again (and fails) rather than taken from memory.
    await page.reload()
    await expect.poll(() => selectable().count()).toBeGreaterThan(2)
    const label = (await selectable().nth(2).getAttribute('aria-label')) ?? ''
    await page.getByRole('checkbox', { name: label, exact: true }).check()
    await page.getByRole('button', { name: 'Add to target list' }).click()
    const dialog = page.getByRole('dialog', { name: 'Your list is full' })
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await dialog.getByRole('radio', { name: /Swap it/ }).check()
    const alert = dialog.getByRole('alert').filter({ hasText: 'The target list could not be read just now.' })
    await expect.poll(() => alert.isVisible()).toBe(true)
    expect(await dialog.locator('.swap-option').count()).toBe(0)

    await page.unroute('**/api/invoke/targets.list')
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => dialog.locator('.swap-option').count()).toBe(21)
    await expect.poll(() => alert.count()).toBe(0)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await counter().textContent()).toMatch(/^21 /)
  })
})
