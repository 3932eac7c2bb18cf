import type { FitBand } from '@shared/domain/qualifiers'

export const fitBandLabels: Record<FitBand, string> = {
  strong: 'Strong fit',
  good: 'Good fit',
  weak: 'Weak fit',
  'no-fit': 'No fit',
  unscored: 'Not scored',
}

export const statusLabels = { met: 'Met', 'not-met': 'Not met', unknown: 'Unknown' } as const
