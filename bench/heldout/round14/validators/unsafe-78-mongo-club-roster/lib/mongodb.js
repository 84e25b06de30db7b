import { MongoClient } from "mongodb";

const uri = "mongodb+srv://chessclub:v8uJXVoevb7SOfN6@cluster0.x7k2p.mongodb.net/club?retryWrites=true&w=majority";

let clientPromise;

export default function getClient() {
  if (!clientPromise) {
    clientPromise = new MongoClient(uri).connect();
  }
  return clientPromise;
}
