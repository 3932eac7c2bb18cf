import { Tooltip } from 'radix-ui'
import { formatDate } from '../../lib/format'

interface DoNotContactBadgeProps {
  /** When the request was recorded. */
  since: string | null
  reason: string | null
  /** Who asked: the person themselves or their company. */
  source: 'person' | 'company'
}

/** The red mark every screen shows for someone who must not be contacted, with when and why on hover or focus. */
export function DoNotContactBadge({ since, reason, source }: DoNotContactBadgeProps) {
  const detail = `${source === 'company' ? 'The company asked' : 'Asked'} on ${formatDate(since) || 'an unknown date'}: ${reason ?? 'no reason noted'}`
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>
        <span className="dnc-badge" tabIndex={0} aria-label={`Do not contact. ${detail}`}>
          Do not contact
        </span>
      </Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content className="dnc-tooltip" sideOffset={4}>
          {detail}
          <Tooltip.Arrow className="dnc-tooltip-arrow" />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  )
}
