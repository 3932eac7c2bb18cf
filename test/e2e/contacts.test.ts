import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invokeChannel, launchChromium, saveScreenshot, startBrowserMode, type RunningApp } from '../support/browserMode'

let app: RunningApp
let browser: Browser
let page: Page

const accountName = 'Osprey Cold Storage'
const reason = 'Told me on the phone never to call again'

beforeAll(async () => {
  app = await startBrowserMode()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

function drawer() {
  return page.getByRole('dialog', { name: `Contacts at ${accountName}` })
}

function card(name: string) {
  return drawer().getByRole('listitem', { name })
}

async function openContacts() {
  await page.getByRole('button', { name: `Contacts at ${accountName}` }).click()
  await expect.poll(() => drawer().isVisible()).toBe(true)
}

describe('contacts in browser mode', () => {
  it('opens an empty contacts panel from an account row', async () => {
    await page.goto(app.url)
    await page.getByRole('button', { name: 'Add your first account' }).click()
    await page.getByLabel('Name').fill(accountName)
    await page.getByRole('button', { name: 'Add account' }).click()
    await expect.poll(() => page.getByRole('cell', { name: accountName, exact: true }).isVisible()).toBe(true)

    await openContacts()
    await expect.poll(() => drawer().getByRole('heading', { name: 'No one on file yet' }).isVisible()).toBe(true)
    expect(await drawer().getByLabel(`${accountName} is a`).inputValue()).toBe('prospect')

    // Ctrl+N in the drawer starts a contact, not another account behind it.
    await page.keyboard.press('Control+n')
    const form = page.getByRole('dialog', { name: 'New contact' })
    await expect.poll(() => form.isVisible()).toBe(true)
    expect(await page.getByRole('dialog', { name: 'New account' }).count()).toBe(0)
    await form.getByRole('button', { name: 'Keep as draft' }).click()
    await expect.poll(() => form.count()).toBe(0)
  })

  it('keeps a half-typed contact and shows a bad email beside its field', async () => {
    await drawer().getByRole('button', { name: 'Add contact' }).click()
    const form = page.getByRole('dialog', { name: 'New contact' })
    await form.getByLabel('Name').fill('Pat Quinn')
    await form.getByLabel('Email').fill('pat.quinn-at-osprey')
    await form.getByRole('button', { name: 'Keep as draft' }).click()
    await expect.poll(() => form.count()).toBe(0)

    await drawer().getByRole('button', { name: 'Add contact' }).click()
    await expect.poll(() => form.getByText('Your unsaved changes from last time are back.').isVisible()).toBe(true)
    expect(await form.getByLabel('Name').inputValue()).toBe('Pat Quinn')
    await form.getByRole('button', { name: 'Add contact' }).click()
    const emailError = form.getByText('Enter an email address such as name@example.com')
    await expect.poll(() => emailError.isVisible()).toBe(true)
    // The message is tied to the email input, so a screen reader reads it with the field.
    expect(await form.getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid')).toBe('true')
    expect(await drawer().getByRole('listitem').count()).toBe(0)
  })

  it('adds a presumed decision maker', async () => {
    const form = page.getByRole('dialog', { name: 'New contact' })
    await form.getByLabel('Email').fill('pat.quinn@osprey.example.com')
    await form.getByLabel('Title').fill('Head of Facilities')
    await form.getByLabel('Phone').fill('+1 555 010 2030')
    await form.getByLabel('Role in the decision').selectOption('decision-maker')
    await expect.poll(() => form.getByLabel('Presumed').isChecked()).toBe(true)
    await form.getByRole('button', { name: 'Add contact' }).click()

    await expect.poll(() => card('Pat Quinn').isVisible()).toBe(true)
    expect(await card('Pat Quinn').getByText('Decision maker · presumed').isVisible()).toBe(true)
    expect(await card('Pat Quinn').getByText('Prospect', { exact: true }).isVisible()).toBe(true)
    expect(await card('Pat Quinn').locator('s').count()).toBe(0)
  })

  it('leaves an open contact dialog alone on Ctrl+N', async () => {
    await card('Pat Quinn').getByRole('button', { name: 'Edit Pat Quinn' }).click()
    const edit = page.getByRole('dialog', { name: 'Edit Pat Quinn' })
    await expect.poll(() => edit.isVisible()).toBe(true)
    await edit.getByLabel('Title').fill('Head of Facilities and Fleet')
    await page.keyboard.press('Control+n')
    // Typing on lands in the same field: the dialog is still there, with the focus where it was.
    await page.keyboard.type(' Ops')
    await expect.poll(() => edit.getByLabel('Title').inputValue()).toBe('Head of Facilities and Fleet Ops')
    expect(await page.getByRole('dialog', { name: 'New contact' }).count()).toBe(0)
    await edit.getByRole('button', { name: 'Discard changes' }).click()
    await expect.poll(() => edit.count()).toBe(0)
  })

  it('marks the person do not contact with a reason, and refuses to lift it without one', async () => {
    await card('Pat Quinn').getByRole('button', { name: 'Do not contact… Pat Quinn' }).click()
    const confirm = page.getByRole('dialog', { name: 'Do not contact Pat Quinn' })
    await confirm.getByLabel('Reason (optional)').fill(reason)
    await page.keyboard.press('Control+n')
    await page.keyboard.type('!')
    await expect.poll(() => confirm.getByLabel('Reason (optional)').inputValue()).toBe(`${reason}!`)
    expect(await page.getByRole('dialog', { name: 'New contact' }).count()).toBe(0)
    await page.keyboard.press('Backspace')
    await expect.poll(() => confirm.getByLabel('Reason (optional)').inputValue()).toBe(reason)
    await confirm.getByRole('button', { name: 'Mark do not contact' }).click()
    await expect.poll(() => card('Pat Quinn').getByText('Do not contact', { exact: true }).isVisible()).toBe(true)

    await card('Pat Quinn').getByRole('button', { name: 'Lift do-not-contact… Pat Quinn' }).click()
    const lift = page.getByRole('dialog', { name: 'Allow contacting Pat Quinn again' })
    await lift.getByRole('button', { name: 'Lift do-not-contact' }).click()
    await expect.poll(() => lift.getByText('Say why it is all right to contact them again.', { exact: false }).isVisible()).toBe(true)
    await lift.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => lift.count()).toBe(0)
  })

  it('still shows the person as off-limits, with when and why, after a reload', async () => {
    await page.reload()
    await openContacts()
    const pat = card('Pat Quinn')
    await expect.poll(() => pat.getByText('Do not contact', { exact: true }).isVisible()).toBe(true)
    expect(await pat.getByText('Decision maker · presumed').isVisible()).toBe(true)
    expect(await pat.getByText(`Asked not to be contacted on`).textContent()).toContain(reason)
    // Their email and phone are struck through, and they cannot be deleted.
    expect(await pat.locator('s').allTextContents()).toEqual(['pat.quinn@osprey.example.com', '+1 555 010 2030'])
    expect(await pat.getByRole('button', { name: 'Delete Pat Quinn' }).isDisabled()).toBe(true)

    await pat.getByText('Do not contact', { exact: true }).hover()
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain(reason)

    await drawer().getByText('Do-not-contact record (1)').click()
    await expect.poll(() => drawer().getByText(`Pat Quinn marked do not contact: ${reason}`).isVisible()).toBe(true)
    await saveScreenshot(page, 'contacts')
  })

  it('tags the company and puts everyone there off-limits, visibly and for good', async () => {
    await drawer().getByLabel(`${accountName} is a`).selectOption('client')
    await expect.poll(() => page.getByText(`${accountName} is now tagged as a client.`).first().isVisible()).toBe(true)

    await drawer().getByRole('button', { name: 'Company asked not to be contacted…' }).click()
    const confirm = page.getByRole('dialog', { name: `Do not contact anyone at ${accountName}` })
    await confirm.getByRole('button', { name: 'Mark do not contact' }).click()
    await expect.poll(() => confirm.count()).toBe(0)

    await page.reload()
    await openContacts()
    const banner = drawer().getByRole('status')
    await expect.poll(() => banner.textContent()).toContain(`Do not contact anyone at ${accountName}.`)
    expect(await banner.textContent()).toContain('The company asked on')
    expect(await drawer().getByLabel(`${accountName} is a`).inputValue()).toBe('client')
    await drawer().getByText('Do-not-contact record (2)').click()
    await expect.poll(() => drawer().getByText('The company marked do not contact').isVisible()).toBe(true)
    await saveScreenshot(page, 'contacts-company-off-limits')
  })
})

describe('when the people cannot be read', () => {
  it('says so in the panel, keeps the rest of it working, and reads them again with Try again', async () => {
    const failure = { ok: false, error: { code: 'INTERNAL', message: 'The contacts could not be read just now.' } }
    await page.route('**/api/invoke/contacts.list', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(failure) }),
    )
    await page.reload()
    await openContacts()
    const alert = drawer().getByRole('alert').filter({ hasText: 'The contacts could not be read just now.' })
    await expect.poll(() => alert.isVisible()).toBe(true)
    // The company's standing and adding a person still work.
    expect(await drawer().getByLabel(`${accountName} is a`).inputValue()).toBe('client')
    expect(await drawer().getByRole('button', { name: 'Add contact' }).isEnabled()).toBe(true)
    expect(await card('Pat Quinn').count()).toBe(0)

    await page.unroute('**/api/invoke/contacts.list')
    await alert.getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => card('Pat Quinn').isVisible()).toBe(true)
    await expect.poll(() => alert.count()).toBe(0)
    await drawer().getByRole('button', { name: 'Close contacts' }).click()
    await expect.poll(() => drawer().count()).toBe(0)
  })
})

describe('a change to the people refreshes every screen that reads them', () => {
  it('updates To verify and the message recipient at once, without a reload', async () => {
    const heron = await invokeChannel<{ id: string }>(app, 'accounts.create', { name: 'Heron Haulage', industry: 'Logistics' })
    const tab = (name: string) => page.getByRole('tablist', { name: 'Preparation steps' }).getByRole('tab', { name })
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/prep/${heron.id}/verify`)}`)
    await expect.poll(() => tab('To verify').getAttribute('data-state')).toBe('active')
    const presumed = page.getByText('Ruth Okafor is presumed to make the decision', { exact: false })
    expect(await presumed.count()).toBe(0)
    await tab('Messages').click()
    await expect.poll(() => page.getByText('No one to greet by name yet', { exact: false }).isVisible()).toBe(true)

    // Both tabs are now read and kept; the person is added from the checklist's contacts drawer.
    await tab('Checklist').click()
    await page.getByRole('button', { name: 'Add the person who decides, even if you only presume it is them.' }).click()
    const heronDrawer = page.getByRole('dialog', { name: 'Contacts at Heron Haulage' })
    await expect.poll(() => heronDrawer.isVisible()).toBe(true)
    await heronDrawer.getByRole('button', { name: 'Add contact' }).click()
    const form = page.getByRole('dialog', { name: 'New contact' })
    await form.getByLabel('Name').fill('Ruth Okafor')
    await form.getByLabel('Role in the decision').selectOption('decision-maker')
    await form.getByRole('button', { name: 'Add contact' }).click()
    await expect.poll(() => heronDrawer.getByText('Decision maker · presumed').isVisible()).toBe(true)
    await heronDrawer.getByRole('button', { name: 'Close contacts' }).click()

    await tab('Messages').click()
    await expect.poll(() => page.locator('.recipient-line').textContent()).toBe('Drafts are written to Ruth Okafor (presumed decision maker)')
    await tab('To verify').click()
    await expect.poll(() => presumed.isVisible()).toBe(true)
  })
})
