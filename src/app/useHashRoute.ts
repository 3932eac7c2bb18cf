import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function currentPath(): string {
  return window.location.hash.replace(/^#\/?/, '')
}

/** The screen the address names after '#/', e.g. 'accounts' or 'accounts/abc'. */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, currentPath, () => '')
}

export function navigate(path: string): void {
  window.location.hash = `/${path}`
}
