'use server'

import { execSync } from 'child_process'
import { mkdtempSync } from 'fs'
import { tmpdir } from 'os'
import { join } from 'path'
import { auth } from '@/lib/auth'

export async function importRepo(_prev: unknown, formData: FormData) {
  const session = await auth()
  if (!session) return { error: 'Sign in first' }

  const repoUrl = String(formData.get('repoUrl'))
  const branch = String(formData.get('branch') || 'main')
  const dir = mkdtempSync(join(tmpdir(), 'import-'))

  try {
    execSync(`git clone --depth 1 --branch ${branch} ${repoUrl} ${dir}`, { stdio: 'pipe' })
    const files = execSync(`find ${dir} -name "*.md" | head -50`).toString().split('\n').filter(Boolean)
    return { ok: true, files }
  } catch (e) {
    return { error: 'Clone failed' }
  }
}
