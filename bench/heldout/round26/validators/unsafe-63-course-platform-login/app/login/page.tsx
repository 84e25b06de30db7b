import { LoginForm } from "./LoginForm";

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ redirectTo?: string }>;
}) {
  const { redirectTo } = await searchParams;
  return (
    <main className="mx-auto mt-24 max-w-sm">
      <h1 className="mb-6 text-2xl font-bold">Welcome back</h1>
      <LoginForm redirectTo={redirectTo ?? "/courses"} />
    </main>
  );
}
