import { Tabs } from 'radix-ui'
import { navigate } from '../../app/useHashRoute'
import { useAccount } from '../accounts/queries'
import { AccountUnavailable } from './AccountUnavailable'
import { PrepPicker } from './PrepPicker'
import { prepTabs } from './prepTabs'

/** #/prep/<accountId>/<tab>: everything that gets one target ready to call. */
export function PrepScreen({ subpath }: { subpath: string }) {
  const [accountId = '', tabId] = subpath.split('/')
  if (!accountId) {
    return (
      <div className="screen">
        <PrepPicker />
      </div>
    )
  }
  return <PrepForAccount accountId={accountId} tabId={tabId} />
}

function PrepForAccount({ accountId, tabId }: { accountId: string; tabId: string | undefined }) {
  const account = useAccount(accountId)
  const active = prepTabs.find((tab) => tab.id === tabId) ?? prepTabs[0]

  if (account.isError) {
    return (
      <div className="screen">
        <AccountUnavailable error={account.error} onRetry={() => void account.refetch()} retrying={account.isFetching} />
      </div>
    )
  }
  return (
    <div className="screen">
      <header className="screen-header">
        <div>
          <p className="muted">Call prep</p>
          <h1>{account.data?.name ?? 'Loading…'}</h1>
          {account.data && (
            <p className="screen-lede">{[account.data.industry, account.data.city, account.data.country].filter(Boolean).join(' · ')}</p>
          )}
        </div>
        <div className="toolbar">
          <a className="button" href={`#/sheet/${accountId}`}>
            Call sheet
          </a>
        </div>
      </header>
      {active && (
        <Tabs.Root value={active.id} onValueChange={(value) => navigate(`prep/${accountId}/${value}`)} className="prep-tabs">
          <Tabs.List className="tab-list" aria-label="Preparation steps">
            {prepTabs.map((tab) => (
              <Tabs.Trigger key={tab.id} value={tab.id} className="tab">
                {tab.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {prepTabs.map((tab) => (
            <Tabs.Content key={tab.id} value={tab.id} className="tab-panel">
              {tab.id === active.id && <tab.Panel accountId={accountId} />}
            </Tabs.Content>
          ))}
        </Tabs.Root>
      )}
    </div>
  )
}
