import { signIn } from "./actions";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ redirectTo?: string }>;
}) {
  const { redirectTo } = await searchParams;
  return (
    <form action={signIn} className="mx-auto max-w-sm space-y-3">
      <input type="hidden" name="redirectTo" value={redirectTo ?? "/dashboard"} />
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      <button type="submit">Sign in</button>
    </form>
  );
}
