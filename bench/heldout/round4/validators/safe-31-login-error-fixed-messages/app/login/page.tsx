import { LoginForm } from "@/components/auth/login-form";

const ERROR_MESSAGES: Record<string, string> = {
  invalid_credentials: "Wrong email or password.",
  callback: "We couldn't finish signing you in. Please try again.",
  expired: "That link has expired. Request a new one.",
};

const themeScript = `(function(){try{var t=localStorage.getItem('theme');if(t==='dark'){document.documentElement.classList.add('dark')}}catch(e){}})();`;

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = error && Object.hasOwn(ERROR_MESSAGES, error) ? ERROR_MESSAGES[error] : null;

  return (
    <div className="flex min-h-screen items-center justify-center">
      <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      <div className="w-full max-w-sm space-y-6">
        <h1 className="text-center text-2xl font-semibold">Welcome back</h1>
        {message && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-700">
            {message}
          </p>
        )}
        <LoginForm />
      </div>
    </div>
  );
}
