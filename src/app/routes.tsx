import { lazy, useState, type ComponentType } from 'react'
import { ImportNavHint } from '../features/import/ImportNavHint'

interface ScreenProps {
  subpath: string
}

/** A screen whose code is its own chunk: render it, or fetch its code ahead of need. */
export interface ScreenComponent {
  (props: ScreenProps): React.JSX.Element
  /** Fetches the screen's code; resolves once it is ready to render without suspending. */
  preload(): Promise<void>
}

/**
 * Each screen is its own chunk, so the app starts on a small bundle. A screen whose code has arrived
 * renders at once; only one still loading suspends (and React holds a revealed Suspense boundary for
 * a moment, which is why `preloadScreens` fetches the code before the rep asks for it).
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType<ScreenProps>>>, name: K): ScreenComponent {
  let loaded: ComponentType<ScreenProps> | undefined
  let pending: Promise<ComponentType<ScreenProps>> | undefined
  const fetchCode = () =>
    (pending ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        // A failed chunk download may succeed on the next try.
        pending = undefined
        throw error
      },
    ))
  const Lazy = lazy(() => fetchCode().then((Component) => ({ default: Component })))
  function Screen(props: ScreenProps) {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component would remount the screen.
    const [Component] = useState<ComponentType<ScreenProps>>(() => loaded ?? Lazy)
    return <Component {...props} />
  }
  Screen.preload = () => fetchCode().then(() => undefined)
  return Screen
}

const AccountsScreen = screen(() => import('../features/accounts/AccountsScreen'), 'AccountsScreen')
const CallQueueScreen = screen(() => import('../features/checklist/CallQueueScreen'), 'CallQueueScreen')
const CallSheetScreen = screen(() => import('../features/checklist/CallSheetScreen'), 'CallSheetScreen')
const ImportScreen = screen(() => import('../features/import/ImportScreen'), 'ImportScreen')
const OfferingScreen = screen(() => import('../features/offering/OfferingScreen'), 'OfferingScreen')
const PrepScreen = screen(() => import('../features/prep/PrepScreen'), 'PrepScreen')
const QualifiersScreen = screen(() => import('../features/qualifiers/QualifiersScreen'), 'QualifiersScreen')
const QuestionBankScreen = screen(() => import('../features/questions/QuestionBankScreen'), 'QuestionBankScreen')
const TargetsScreen = screen(() => import('../features/targets/TargetsScreen'), 'TargetsScreen')
const UniverseScreen = screen(() => import('../features/universe/UniverseScreen'), 'UniverseScreen')

export interface Route {
  /** First segment after '#/'. */
  path: string
  label: string
  /** What the screen is for, shown under the label in the sidebar. */
  hint: string
  Screen: ScreenComponent
  /** Reached by links only (e.g. a target's call sheet): not listed in the sidebar. */
  hidden?: boolean
  /** Shows the hint, or in its place what the screen has under way while the rep is elsewhere. */
  Hint?: ComponentType<{ hint: string }>
}

/** The app's screens, in the order of the rep's work. Add a screen by adding an entry. */
export const routes: Route[] = [
  { path: 'offering', label: 'Offering', hint: 'What you sell and why it matters', Screen: OfferingScreen },
  { path: 'prospect', label: 'Ideal prospect', hint: 'Qualifiers every account is scored on', Screen: QualifiersScreen },
  { path: 'targets', label: 'Target list', hint: 'The 15–20 you work now', Screen: TargetsScreen },
  { path: 'queue', label: 'Call queue', hint: 'Ready targets, next call first', Screen: CallQueueScreen },
  { path: 'universe', label: 'Universe', hint: 'Every account and its fit', Screen: UniverseScreen },
  { path: 'accounts', label: 'Accounts', hint: 'Your territory', Screen: AccountsScreen },
  { path: 'prep', label: 'Call prep', hint: 'Get a target ready', Screen: PrepScreen },
  { path: 'questions', label: 'Question bank', hint: 'Questions you reuse', Screen: QuestionBankScreen },
  { path: 'import', label: 'Import', hint: 'Bring in a territory, export it', Screen: ImportScreen, Hint: ImportNavHint },
  { path: 'sheet', label: 'Call sheet', hint: 'One-page brief of a target', Screen: CallSheetScreen, hidden: true },
]

const defaultRoute = 'accounts'

/** The route a hash path (after '#/') opens, and the rest of the path for the screen. */
export function routeFor(path: string): { route: Route | undefined; subpath: string } {
  const [first = '', ...rest] = path.split('/')
  const route = routes.find((candidate) => candidate.path === first) ?? routes.find((candidate) => candidate.path === defaultRoute)
  return { route, subpath: rest.join('/') }
}

/** Fetches every screen's code once the app is idle, so moving between screens never waits on a download. */
export function preloadScreens(): void {
  const schedule = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 200))
  schedule(() => {
    for (const route of routes) route.Screen.preload().catch(() => undefined)
  })
}
