export const config = {
  queue: "email-jobs",
  prefetch: 5,
  broker: {
    url: "amqps://mailer:MdkaVcDr9a5hVQmo@rabbit.eu-west.cloudamqp.com/prod",
    heartbeat: 30,
  },
};
