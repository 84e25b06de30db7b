import { login } from "./actions";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const { next } = await searchParams;
  return (
    <form action={login} className="mx-auto flex max-w-sm flex-col gap-3 p-8">
      <input type="hidden" name="redirectTo" value={next ?? "/dashboard"} />
      <input name="email" type="email" required placeholder="you@example.com" />
      <input name="password" type="password" required />
      <button type="submit">Sign in</button>
    </form>
  );
}
