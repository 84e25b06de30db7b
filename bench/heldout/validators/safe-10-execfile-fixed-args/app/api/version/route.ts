import { NextResponse } from 'next/server'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

export const dynamic = 'force-static'

export async function GET() {
  let commit = process.env.VERCEL_GIT_COMMIT_SHA ?? 'unknown'
  if (commit === 'unknown') {
    try {
      const { stdout } = await run('git', ['rev-parse', '--short', 'HEAD'])
      commit = stdout.trim()
    } catch {
      // not a git checkout
    }
  }
  return NextResponse.json({ version: process.env.npm_package_version ?? '0.0.0', commit })
}
