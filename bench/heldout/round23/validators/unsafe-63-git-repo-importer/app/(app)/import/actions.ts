'use server'

import { execSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { revalidatePath } from 'next/cache'
import { createClient } from '@/lib/supabase/server'

export async function importRepository(formData: FormData) {
  const supabase = await createClient()
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) throw new Error('Sign in to import a repository')

  const repoUrl = String(formData.get('repoUrl') ?? '').trim()
  const branch = String(formData.get('branch') ?? 'main').trim()
  if (!repoUrl.startsWith('https://')) throw new Error('Use an https URL')

  const workdir = mkdtempSync(path.join(tmpdir(), 'import-'))
  execSync('git clone --depth 1 --branch ' + branch + ' ' + repoUrl + ' ' + workdir, {
    stdio: 'ignore',
    timeout: 60_000,
  })
  const fileCount = Number(execSync(`git -C ${workdir} ls-files | wc -l`).toString().trim())

  await supabase.from('imports').insert({ user_id: user.id, repo_url: repoUrl, branch, file_count: fileCount })
  revalidatePath('/import')
}
