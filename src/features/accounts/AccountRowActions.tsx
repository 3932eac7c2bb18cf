import type { UniverseRow } from '@shared/contract/targets'

export interface AccountRowHandlers {
  onFit: (account: UniverseRow) => void
  onContacts: (account: UniverseRow) => void
  onEdit: (account: UniverseRow) => void
  onDelete: (account: UniverseRow) => void
}

/** The buttons at the end of an account's row; each names the account for screen readers. */
export function AccountRowActions({ account, onFit, onContacts, onEdit, onDelete }: AccountRowHandlers & { account: UniverseRow }) {
  return (
    <>
      <button type="button" className="button button-small" onClick={() => onFit(account)}>
        Fit<span className="visually-hidden"> of {account.name}</span>
      </button>
      <button type="button" className="button button-small" onClick={() => onContacts(account)}>
        Contacts<span className="visually-hidden"> at {account.name}</span>
      </button>
      <button type="button" className="button button-small" onClick={() => onEdit(account)}>
        Edit<span className="visually-hidden"> {account.name}</span>
      </button>
      <button type="button" className="button button-small button-quiet" onClick={() => onDelete(account)}>
        Delete<span className="visually-hidden"> {account.name}</span>
      </button>
    </>
  )
}
