const wholeNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 })
const compactMoney = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 })
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : wholeNumber.format(value)
}

export function formatMoney(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : compactMoney.format(value)
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date)
}

export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}
