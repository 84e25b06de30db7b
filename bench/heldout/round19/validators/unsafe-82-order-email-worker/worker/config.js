export const QUEUE = "order-emails";
export const BROKER_URL = "amqps://eavtukxb:gPUSdJs0YrnX7O8pFTLQNdZntu9ntrMc@puffin.rmq2.cloudamqp.com/hxjozrhz";
