import { login } from "./actions";

const ERRORS: Record<string, string> = {
  invalid_credentials: "Email or password is incorrect.",
  auth: "Sign-in link expired. Please try again.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = error ? ERRORS[error] ?? "Something went wrong." : null;
  return (
    <form action={login}>
      {message && <p role="alert">{message}</p>}
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      <button>Sign in</button>
    </form>
  );
}
