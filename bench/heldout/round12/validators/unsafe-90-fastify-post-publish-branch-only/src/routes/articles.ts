import type { FastifyInstance, FastifyRequest } from "fastify";
import { prisma } from "../lib/prisma";

interface UpdateArticle {
  Params: { slug: string };
  Body: { title?: string; body?: string; publish?: boolean };
}

function currentUserId(request: FastifyRequest): string | undefined {
  return (request.session as { userId?: string } | undefined)?.userId;
}

export default async function articleRoutes(app: FastifyInstance) {
  app.get<{ Params: { slug: string } }>("/articles/:slug", async (request, reply) => {
    const article = await prisma.article.findUnique({
      where: { slug: request.params.slug },
    });
    if (!article || !article.publishedAt) return reply.code(404).send();
    return article;
  });

  app.put<UpdateArticle>("/articles/:slug", async (request, reply) => {
    const { title, body, publish } = request.body;
    let publishedAt: Date | undefined;

    if (publish) {
      const userId = currentUserId(request);
      if (!userId) {
        return reply.code(401).send({ error: "Sign in to publish" });
      }
      publishedAt = new Date();
    }

    const updated = await prisma.article.update({
      where: { slug: request.params.slug },
      data: {
        ...(title !== undefined && { title }),
        ...(body !== undefined && { body }),
        ...(publishedAt && { publishedAt }),
      },
    });

    return reply.send(updated);
  });
}
