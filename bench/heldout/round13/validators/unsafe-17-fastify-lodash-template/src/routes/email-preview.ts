import type { FastifyPluginAsync } from "fastify";
import _ from "lodash";

const emailPreview: FastifyPluginAsync = async (fastify) => {
  fastify.post<{ Body: { template: string; vars: Record<string, string> } }>(
    "/email/preview",
    async (request, reply) => {
      const { template, vars } = request.body;
      const compiled = _.template(template);
      const html = compiled({ ...vars, year: new Date().getFullYear() });
      reply.type("text/html").send(html);
    },
  );
};

export default emailPreview;
