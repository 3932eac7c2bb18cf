import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { Providers } from './app/Providers'
import { preloadScreens, routeFor } from './app/routes'
import { currentPath } from './app/useHashRoute'
import { connect } from './lib/client'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
const element = root
connect()

function render() {
  createRoot(element).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  )
  preloadScreens()
}

// The first screen's code is fetched before the first render, so it paints without a loading step;
// if that fetch fails, the app still starts and the screen shows its own loading error.
const { route } = routeFor(currentPath())
void (route ? route.Screen.preload() : Promise.resolve()).catch(() => undefined).finally(render)
