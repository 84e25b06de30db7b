import { json, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { verifyLogin } from "~/models/user.server";
import { createUserSession } from "~/session.server";

function safeRedirect(to: FormDataEntryValue | null, fallback = "/notes") {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//")) return fallback;
  return to;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email"));
  const password = String(form.get("password"));
  const redirectTo = safeRedirect(form.get("redirectTo"));

  const user = await verifyLogin(email, password);
  if (!user) {
    return json({ error: "Invalid email or password" }, { status: 400 });
  }
  return createUserSession({ request, userId: user.id, redirectTo });
}

export default function Login() {
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <Form method="post" className="space-y-4">
      <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/notes"} />
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {data?.error ? <p role="alert">{data.error}</p> : null}
      <button type="submit">Log in</button>
    </Form>
  );
}
