const ERRORS: Record<string, string> = {
  invalid_credentials: "That email and password don't match.",
  email_not_confirmed: "Please confirm your email first.",
  rate_limited: "Too many attempts. Try again in a minute.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = error ? ERRORS[error] ?? "Something went wrong. Please try again." : null;
  return (
    <main className="mx-auto max-w-sm py-20">
      {message && <p role="alert" className="mb-4 text-red-600">{message}</p>}
      <form method="post" action="/auth/signin" className="space-y-3">
        <input name="email" type="email" required />
        <input name="password" type="password" required />
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}
