import OpenAI from "openai";

export const openai = new OpenAI({
  apiKey: "sk-proj-qFdvDTr52zipijkLfmTFaaGZgt3W2WGRygeYitITJ1ySJ3UdT3BlbkFJ4oVL9FOzCyWIBOGvIRC378iaNNvqia6P13mPPa5KGV82sAJw",
});
