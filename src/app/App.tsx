import { Suspense, useEffect } from 'react'
import { dialogIsOpen } from '../lib/useShortcut'
import { GlobalSearch } from '../features/search/GlobalSearch'
import { TargetCounter } from '../features/targets/TargetCounter'
import { routeFor, routes } from './routes'
import { navigate, useHashRoute } from './useHashRoute'

const navRoutes = routes.filter((candidate) => !candidate.hidden)

export function App() {
  const path = useHashRoute()
  const { route, subpath } = routeFor(path)

  useEffect(() => {
    // Ctrl/Cmd + 1..9 jumps between screens, like tabs in most desktop apps; not from behind a dialog,
    // which would close under the rep's hands.
    function onKey(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || dialogIsOpen()) return
      const index = Number(event.key) - 1
      const target = navRoutes[index]
      if (Number.isInteger(index) && target) {
        event.preventDefault()
        navigate(target.path)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Screens">
        <div className="brand">Groundwork</div>
        <GlobalSearch />
        <ul>
          {navRoutes.map((candidate, index) => (
            <li key={candidate.path}>
              <a
                href={`#/${candidate.path}`}
                className={candidate === route ? 'nav-link nav-link-active' : 'nav-link'}
                aria-current={candidate === route ? 'page' : undefined}
                title={`${candidate.hint} (Ctrl+${index + 1})`}
              >
                <span className="nav-label">{candidate.label}</span>
                <span className="nav-hint">{candidate.Hint ? <candidate.Hint hint={candidate.hint} /> : candidate.hint}</span>
              </a>
            </li>
          ))}
        </ul>
        <TargetCounter />
      </nav>
      <main className="content">
        <Suspense fallback={<p className="screen muted">Opening…</p>}>{route && <route.Screen subpath={subpath} />}</Suspense>
      </main>
    </div>
  )
}
