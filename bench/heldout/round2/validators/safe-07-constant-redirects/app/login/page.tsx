import { login } from "./actions";

const ERRORS: Record<string, string> = {
  invalid_credentials: "Wrong email or password.",
  expired: "Your link has expired, please sign in again.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = error ? ERRORS[error] ?? "Something went wrong." : null;

  return (
    <form action={login} className="mx-auto mt-20 flex max-w-sm flex-col gap-3">
      <input name="email" type="email" required className="rounded border p-2" />
      <input name="password" type="password" required className="rounded border p-2" />
      {message && <p className="text-sm text-red-600">{message}</p>}
      <button className="rounded bg-blue-600 p-2 text-white">Sign in</button>
    </form>
  );
}
