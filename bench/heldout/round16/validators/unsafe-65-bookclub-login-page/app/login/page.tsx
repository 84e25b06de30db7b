import { login } from "./actions";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; message?: string }>;
}) {
  const { error, message } = await searchParams;
  return (
    <main className="mx-auto mt-24 max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Welcome back</h1>
      {error && (
        <div className="mb-4 rounded bg-red-50 p-3 text-red-700" dangerouslySetInnerHTML={{ __html: error }} />
      )}
      {message && <p className="mb-4 text-green-700">{message}</p>}
      <form action={login} className="space-y-3">
        <input name="email" type="email" required className="w-full" />
        <input name="password" type="password" required className="w-full" />
        <button className="w-full">Sign in</button>
      </form>
    </main>
  );
}
