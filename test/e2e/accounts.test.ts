import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, saveScreenshot, startBrowserMode, type RunningApp } from '../support/browserMode'

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
})
