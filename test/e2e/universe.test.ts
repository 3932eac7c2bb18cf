import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invokeChannel, launchChromium, startBrowserMode, type RunningApp } from '../support/browserMode'

let app: RunningApp
let browser: Browser
let page: Page

const rows = () => page.locator('[data-universe-row]')
const selected = () => page.getByRole('region', { name: 'Selection' })
const search = () => page.getByLabel('Search the universe', { exact: true })

/** The account drawn at a table position (0-based), by its checkbox's label. */
async function nameAt(position: number): Promise<string> {
  const label = await rows().nth(position).getByRole('checkbox').getAttribute('aria-label')
  return (label ?? '').replace(/^Select /, '')
}

beforeAll(async () => {
  app = await startBrowserMode()
  await invokeChannel(app, 'accounts.loadSample', {})
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${app.url}#/universe`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('the universe in browser mode', () => {
  it('starts a shift-click range afresh once the search changes the rows', async () => {
    await expect.poll(() => page.locator('.universe-count').textContent()).toBe('200 accounts')
    const first = await nameAt(0)
    await rows().nth(0).getByRole('checkbox').click()
    await expect.poll(() => selected().textContent()).toContain('1 account selected')

    // A search narrows the rows: position 0 is now another account, or the same one elsewhere.
    await search().fill('an')
    await expect.poll(() => page.locator('.universe-count').textContent()).toMatch(/^\d+ accounts match, of 200$/)
    const picked = await nameAt(4)
    expect(picked).not.toBe(first)
    await rows().nth(4).getByRole('checkbox').click({ modifiers: ['Shift'] })
    // Only the one clicked, not a range from a position in the old rows.
    await expect.poll(() => selected().textContent()).toContain('2 accounts selected')
    expect(await page.getByRole('checkbox', { name: `Select ${picked}`, exact: true }).isChecked()).toBe(true)

    // Within the new rows a range works as ever: from position 4 to 6.
    await rows().nth(6).getByRole('checkbox').click({ modifiers: ['Shift'] })
    await expect.poll(() => selected().textContent()).toContain('4 accounts selected')

    await selected().getByRole('button', { name: 'Clear selection' }).click()
    await search().fill('')
    await expect.poll(() => page.locator('.universe-count').textContent()).toBe('200 accounts')
  })

  it('starts a shift-click range afresh once the sort changes the rows', async () => {
    const top = await nameAt(0)
    await rows().nth(2).getByRole('checkbox').click()
    await expect.poll(() => selected().textContent()).toContain('1 account selected')
    await page.getByRole('button', { name: 'Name', exact: true }).click()
    // Name order reversed: another account is at the top.
    await expect.poll(() => nameAt(0)).not.toBe(top)
    await rows().nth(5).getByRole('checkbox').click({ modifiers: ['Shift'] })
    await expect.poll(() => selected().textContent()).toContain('2 accounts selected')
    await selected().getByRole('button', { name: 'Clear selection' }).click()
  })

  it('shows the people of the account opened beside the table, under its name, without reading the account again', async () => {
    const reads: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/invoke/accounts.get')) reads.push(request.url())
    })
    const name = await nameAt(0)
    await rows().first().locator('[role="cell"]').nth(1).click()
    const panel = page.getByRole('complementary', { name: `About ${name}` })
    await expect.poll(() => panel.getByRole('region', { name: `Contacts at ${name}` }).isVisible()).toBe(true)
    await expect.poll(() => panel.getByRole('heading', { name: 'No one on file yet' }).isVisible()).toBe(true)
    expect(reads).toEqual([])

    // Escape closes a dialog opened from the panel first, and only then the panel.
    await panel.getByRole('button', { name: 'Add contact' }).click()
    const form = page.getByRole('dialog', { name: 'New contact' })
    await expect.poll(() => form.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => form.count()).toBe(0)
    expect(await panel.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => panel.count()).toBe(0)
  })
})
