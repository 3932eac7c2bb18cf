/** Ready or not at a glance: the word carries the meaning, the colour is only a second cue. */
export function ReadyBadge({ ready }: { ready: boolean }) {
  return <span className={ready ? 'ready-badge ready-badge-yes' : 'ready-badge ready-badge-no'}>{ready ? 'Ready' : 'Not ready'}</span>
}
