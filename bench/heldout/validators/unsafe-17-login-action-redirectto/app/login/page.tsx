import { login } from './actions'

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ redirectTo?: string; message?: string }>
}) {
  const { redirectTo } = await searchParams
  return (
    <form action={login} className="flex flex-col gap-2 max-w-sm mx-auto mt-24">
      <input type="hidden" name="redirectTo" value={redirectTo ?? '/'} />
      <input name="email" type="email" placeholder="you@example.com" required className="border p-2 rounded" />
      <input name="password" type="password" required className="border p-2 rounded" />
      <button className="bg-black text-white rounded p-2">Sign in</button>
    </form>
  )
}
