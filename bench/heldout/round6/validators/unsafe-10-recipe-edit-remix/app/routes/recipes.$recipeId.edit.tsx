import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const userId = await requireUserId(request);
  const recipe = await prisma.recipe.findFirst({
    where: { id: params.recipeId, authorId: userId },
  });
  if (!recipe) throw new Response("Not found", { status: 404 });
  return json({ recipe });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  await prisma.recipe.update({
    where: { id: params.recipeId },
    data: {
      title: String(form.get("title")),
      ingredients: String(form.get("ingredients")),
      steps: String(form.get("steps")),
    },
  });
  return redirect(`/recipes/${params.recipeId}`);
}

export default function EditRecipe() {
  const { recipe } = useLoaderData<typeof loader>();
  return (
    <Form method="post">
      <input name="title" defaultValue={recipe.title} />
      <textarea name="ingredients" defaultValue={recipe.ingredients} />
      <textarea name="steps" defaultValue={recipe.steps} />
      <button type="submit">Save</button>
    </Form>
  );
}
