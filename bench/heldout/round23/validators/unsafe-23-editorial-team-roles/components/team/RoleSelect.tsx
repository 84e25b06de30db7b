'use client'

import { createClient } from '@/lib/supabase/client'

export function RoleSelect({ memberId, role }: { memberId: string; role: string }) {
  const supabase = createClient()
  return (
    <select
      defaultValue={role}
      onChange={async (e) => {
        await supabase.rpc('set_member_role', { target: memberId, new_role: e.target.value })
      }}
    >
      <option value="member">Member</option>
      <option value="editor">Editor</option>
      <option value="owner">Owner</option>
    </select>
  )
}
