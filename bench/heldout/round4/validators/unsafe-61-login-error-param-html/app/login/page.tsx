import { LoginForm } from "@/components/auth/login-form";

type Props = {
  searchParams: Promise<{ error?: string; message?: string }>;
};

export default async function LoginPage({ searchParams }: Props) {
  const { error, message } = await searchParams;

  return (
    <div className="flex min-h-screen items-center justify-center">
      <div className="w-full max-w-sm space-y-6">
        <h1 className="text-center text-2xl font-semibold">Welcome back</h1>
        {error && (
          <div
            role="alert"
            className="rounded-md bg-red-50 p-3 text-sm text-red-700"
            dangerouslySetInnerHTML={{ __html: decodeURIComponent(error) }}
          />
        )}
        {message && <p className="text-sm text-green-700">{message}</p>}
        <LoginForm />
      </div>
    </div>
  );
}
