import { QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Tooltip } from 'radix-ui'
import { Toaster } from '../components/Toaster'
import { ImportFlowProvider } from '../features/import/ImportFlowProvider'
import { queryClient } from './queryClient'

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Tooltip.Provider delayDuration={400}>
        <Toaster>
          <ImportFlowProvider>{children}</ImportFlowProvider>
        </Toaster>
      </Tooltip.Provider>
    </QueryClientProvider>
  )
}
