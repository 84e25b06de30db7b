import { Octokit } from '@octokit/rest'

const octokit = new Octokit({ auth: 'ghp_DCPn0FLLbHH0UwKED5tklSL3VUAZTfBYFRv8' })

const owner = 'lumen-labs'
const repo = 'lumen-app'

async function main() {
  const { data: latest } = await octokit.repos.getLatestRelease({ owner, repo })
  const { data: compare } = await octokit.repos.compareCommits({
    owner,
    repo,
    base: latest.tag_name,
    head: 'main',
  })

  const lines = compare.commits
    .map((c) => c.commit.message.split('\n')[0])
    .filter((m) => /^(feat|fix)/.test(m))
    .map((m) => `- ${m}`)

  const next = process.argv[2]
  await octokit.repos.createRelease({
    owner,
    repo,
    tag_name: next,
    name: next,
    body: lines.join('\n'),
    draft: true,
  })
  console.log(`drafted ${next} with ${lines.length} entries`)
}

main()
