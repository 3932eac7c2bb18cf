import type { HighlightRange } from '@shared/contract/research'

/**
 * Text with the matched words wrapped in <mark>. The text is rendered as text, never as HTML: the ranges
 * come as numbers, so nothing stored in the database can become markup.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly HighlightRange[] }) {
  const parts: { text: string; marked: boolean }[] = []
  let at = 0
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(range.start, text.length))
    const end = Math.max(start, Math.min(range.end, text.length))
    if (start > at) parts.push({ text: text.slice(at, start), marked: false })
    if (end > start) parts.push({ text: text.slice(start, end), marked: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false })
  return <>{parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}</>
}
