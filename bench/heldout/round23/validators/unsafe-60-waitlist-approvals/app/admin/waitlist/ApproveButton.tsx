'use client'

import { useTransition } from 'react'
import { approveEntry } from './actions'

export function ApproveButton({ id }: { id: string }) {
  const [pending, start] = useTransition()
  return (
    <button disabled={pending} onClick={() => start(() => approveEntry(id))} className="btn">
      {pending ? 'Approving…' : 'Approve'}
    </button>
  )
}
