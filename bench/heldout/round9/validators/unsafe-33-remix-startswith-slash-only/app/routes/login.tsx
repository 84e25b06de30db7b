import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { verifyLogin } from "~/models/user.server";
import { createUserSession } from "~/session.server";

function safeTarget(to: FormDataEntryValue | null) {
  if (typeof to === "string" && to.startsWith("/")) return to;
  return "/notes";
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const email = String(formData.get("email"));
  const password = String(formData.get("password"));
  const redirectTo = safeTarget(formData.get("redirectTo"));

  const user = await verifyLogin(email, password);
  if (!user) {
    return json({ error: "Invalid email or password" }, { status: 400 });
  }
  return createUserSession({ request, userId: user.id, redirectTo });
}

export default function Login() {
  const [searchParams] = useSearchParams();
  const data = useActionData<typeof action>();
  return (
    <Form method="post" className="space-y-4">
      <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/notes"} />
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {data?.error ? <p role="alert">{data.error}</p> : null}
      <button type="submit">Log in</button>
    </Form>
  );
}
