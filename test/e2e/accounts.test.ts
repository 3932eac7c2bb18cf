import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invokeChannel, launchChromium, saveScreenshot, startBrowserMode, type RunningApp } from '../support/browserMode'

let app: RunningApp
let browser: Browser
let page: Page

beforeAll(async () => {
  app = await startBrowserMode()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('accounts in browser mode', () => {
  it('shows the empty state with a way to start', async () => {
    await page.goto(app.url)
    await expect.poll(() => page.getByRole('heading', { name: 'No accounts yet' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Load the sample territory' }).isVisible()).toBe(true)
    // The token leaves the address bar once the page has it.
    expect(page.url()).not.toContain('token=')
  })

  it('shows a field error beside the field and saves nothing when the name is missing', async () => {
    await page.getByRole('button', { name: 'Add your first account' }).click()
    await page.getByLabel('Website').fill('not a website')
    await page.getByRole('button', { name: 'Add account' }).click()
    await expect.poll(() => page.getByText('Name is required').isVisible()).toBe(true)
    expect(await page.getByText('Enter a web address such as example.com').isVisible()).toBe(true)
  })

  it('adds an account that survives a reload', async () => {
    await page.getByLabel('Name').fill('Harbour Freight Partners')
    await page.getByLabel('Website').fill('harbourfreight.example.com')
    await page.getByLabel('Industry').fill('Logistics')
    await page.getByLabel('City').fill('Halifax')
    await page.getByLabel('Employees').fill('1,250')
    await page.getByRole('button', { name: 'Add account' }).click()
    await expect.poll(() => page.getByRole('cell', { name: 'Harbour Freight Partners', exact: true }).isVisible()).toBe(true)
    expect(await page.getByRole('cell', { name: '1,250' }).isVisible()).toBe(true)

    await page.reload()
    await expect.poll(() => page.getByRole('cell', { name: 'Harbour Freight Partners', exact: true }).isVisible()).toBe(true)
    await saveScreenshot(page, 'accounts')
  })

  it('deletes an account and brings it back with Undo', async () => {
    await page.getByRole('button', { name: 'Delete Harbour Freight Partners' }).click()
    await expect.poll(() => page.locator('.toast-message', { hasText: 'Deleted Harbour Freight Partners.' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('cell', { name: 'Harbour Freight Partners', exact: true }).count()).toBe(0)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => page.getByRole('cell', { name: 'Harbour Freight Partners', exact: true }).isVisible()).toBe(true)
    await page.reload()
    await expect.poll(() => page.getByRole('cell', { name: 'Harbour Freight Partners', exact: true }).isVisible()).toBe(true)
  })
  it('leaves an open dialog alone when Ctrl+N is pressed, and opens a new account once it is closed', async () => {
    await page.getByRole('button', { name: 'Edit Harbour Freight Partners' }).click()
    const editing = page.getByRole('dialog', { name: 'Edit Harbour Freight Partners' })
    await expect.poll(() => editing.isVisible()).toBe(true)
    await page.keyboard.press('Control+n')
    expect(await editing.isVisible()).toBe(true)
    expect(await page.getByRole('dialog', { name: 'New account' }).count()).toBe(0)
    expect(await editing.getByLabel('Name').inputValue()).toBe('Harbour Freight Partners')
    // Nor does Ctrl+1 take the rep to another screen from behind the dialog.
    const screen = page.url()
    await page.keyboard.press('Control+1')
    expect(await editing.isVisible()).toBe(true)
    expect(page.url()).toBe(screen)

    await page.keyboard.press('Escape')
    await expect.poll(() => editing.count()).toBe(0)
    await page.keyboard.press('Control+n')
    await expect.poll(() => page.getByRole('dialog', { name: 'New account' }).isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
  })

  it('keeps a draft of what the rep changed only, so it never undoes a change made elsewhere meanwhile', async () => {
    await page.getByRole('button', { name: 'Edit Harbour Freight Partners' }).click()
    const editing = page.getByRole('dialog', { name: 'Edit Harbour Freight Partners' })
    await editing.getByLabel('Description').fill('Runs 40 trucks out of Halifax')
    await editing.getByRole('button', { name: 'Keep as draft' }).click()
    await expect.poll(() => editing.count()).toBe(0)

    // Meanwhile the city changes somewhere else (another window, an import).
    type Stored = { id: string; name: string; city: string | null; [field: string]: unknown }
    const stored = (await invokeChannel<Stored[]>(app, 'accounts.list', {})).find((account) => account.name === 'Harbour Freight Partners')
    if (!stored) throw new Error('Harbour Freight Partners is not stored')
    const { id, createdAt: _created, updatedAt: _updated, ...fields } = stored
    await invokeChannel(app, 'accounts.update', { id, fields: { ...fields, city: 'Dartmouth' } })
    await page.reload()

    await expect.poll(() => page.getByRole('button', { name: 'Edit Harbour Freight Partners' }).isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Edit Harbour Freight Partners' }).click()
    await expect.poll(() => editing.getByText('Your unsaved changes from last time are back.').isVisible()).toBe(true)
    expect(await editing.getByLabel('Description').inputValue()).toBe('Runs 40 trucks out of Halifax')
    expect(await editing.getByLabel('City').inputValue()).toBe('Dartmouth')
    await editing.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => editing.count()).toBe(0)
    const saved = (await invokeChannel<Stored[]>(app, 'accounts.list', {})).find((account) => account.id === id)
    expect([saved?.city, saved?.description]).toEqual(['Dartmouth', 'Runs 40 trucks out of Halifax'])
  })
})
