import { login } from "./actions";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ redirectTo?: string; message?: string }>;
}) {
  const { redirectTo, message } = await searchParams;

  return (
    <form action={login} className="mx-auto mt-24 flex max-w-sm flex-col gap-3">
      <input type="hidden" name="redirectTo" value={redirectTo ?? "/"} />
      <input name="email" type="email" placeholder="you@example.com" required className="rounded border p-2" />
      <input name="password" type="password" required className="rounded border p-2" />
      <button className="rounded bg-emerald-600 p-2 text-white">Sign in</button>
      {message && <p className="text-sm text-red-600">Sign-in failed, please try again.</p>}
    </form>
  );
}
