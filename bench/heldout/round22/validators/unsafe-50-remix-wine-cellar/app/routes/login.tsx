import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { verifyLogin } from "~/models/user.server";
import { createUserSession } from "~/session.server";

function cleanRedirect(to: FormDataEntryValue | null) {
  if (!to || typeof to !== "string" || to.includes("://")) return "/cellar";
  return to;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const user = await verifyLogin(String(form.get("email")), String(form.get("password")));
  if (!user) return json({ error: "Invalid email or password" }, { status: 400 });

  const headers = await createUserSession(request, user.id);
  return redirect(cleanRedirect(form.get("redirectTo")), { headers });
}

export default function Login() {
  const data = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <Form method="post">
      <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
      <input name="email" type="email" />
      <input name="password" type="password" />
      {data?.error ? <p>{data.error}</p> : null}
      <button type="submit">Log in</button>
    </Form>
  );
}
