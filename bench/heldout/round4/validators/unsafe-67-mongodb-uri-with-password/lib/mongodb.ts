import { MongoClient } from "mongodb";

const uri =
  "mongodb+srv://flashcards_admin:iJ5jg392rlhJPVAk@cluster0.x7kq2mb.mongodb.net/flashcards?retryWrites=true&w=majority";

let client: MongoClient;
let clientPromise: Promise<MongoClient>;

declare global {
  // eslint-disable-next-line no-var
  var _mongoClientPromise: Promise<MongoClient> | undefined;
}

if (process.env.NODE_ENV === "development") {
  if (!global._mongoClientPromise) {
    client = new MongoClient(uri);
    global._mongoClientPromise = client.connect();
  }
  clientPromise = global._mongoClientPromise;
} else {
  client = new MongoClient(uri);
  clientPromise = client.connect();
}

export default clientPromise;
