import { migration001Accounts } from './001-accounts'
import { migration002Targeting } from './002-targeting'
import { migration003Contacts } from './003-contacts'
import { migration004Import } from './004-import'
import { migration005TargetList } from './005-target-list'
import { migration006Research } from './006-research'
import { migration007Questions } from './007-questions'
import { migration008MessagesAnalysis } from './008-messages-analysis'
import { migration009Checklist } from './009-checklist'
import type { Migration } from './migration'

/** In order. A shipped migration is never edited: add a new one instead. */
export const migrations: readonly Migration[] = [migration001Accounts, migration002Targeting, migration003Contacts, migration004Import, migration005TargetList, migration006Research, migration007Questions, migration008MessagesAnalysis, migration009Checklist]

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0
