import { Toast } from 'radix-ui'
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

export interface ToastRequest {
  message: string
  tone?: 'info' | 'error'
  /** e.g. Undo: shown as a button; the toast stays long enough to reach it. */
  action?: { label: string; onAction: () => void }
}

interface ShownToast extends ToastRequest {
  id: number
}

const ToastContext = createContext<(toast: ToastRequest) => void>(() => undefined)

/** Short notices at the bottom of the window, with an optional action such as Undo. */
export function Toaster({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ShownToast[]>([])
  const show = useCallback((toast: ToastRequest) => {
    setToasts((current) => [...current.slice(-2), { ...toast, id: Date.now() + Math.random() }])
  }, [])
  const dismiss = (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id))
  const value = useMemo(() => show, [show])

  return (
    <ToastContext.Provider value={value}>
      <Toast.Provider swipeDirection="right" duration={toasts.some((t) => t.action) ? 10_000 : 5_000}>
        {children}
        {toasts.map((toast) => (
          <Toast.Root
            key={toast.id}
            className={`toast toast-${toast.tone ?? 'info'}`}
            onOpenChange={(open) => {
              if (!open) dismiss(toast.id)
            }}
          >
            <Toast.Description className="toast-message">{toast.message}</Toast.Description>
            {toast.action && (
              <Toast.Action asChild altText={toast.action.label}>
                <button type="button" className="button button-small" onClick={toast.action.onAction}>
                  {toast.action.label}
                </button>
              </Toast.Action>
            )}
            <Toast.Close className="toast-close" aria-label="Dismiss">
              ×
            </Toast.Close>
          </Toast.Root>
        ))}
        <Toast.Viewport className="toast-viewport" />
      </Toast.Provider>
    </ToastContext.Provider>
  )
}

export function useToast(): (toast: ToastRequest) => void {
  return useContext(ToastContext)
}
