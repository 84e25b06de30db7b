import { signIn } from "./actions";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ redirectTo?: string }> }) {
  const { redirectTo } = await searchParams;
  return (
    <form action={signIn} className="mx-auto max-w-sm space-y-3">
      <input type="hidden" name="redirectTo" value={redirectTo ?? "/app"} />
      <input name="email" type="email" required className="input" />
      <input name="password" type="password" required className="input" />
      <button type="submit">Sign in</button>
    </form>
  );
}
