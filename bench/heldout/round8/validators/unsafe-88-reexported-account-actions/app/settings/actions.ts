"use server";

export { deleteAccount, exportAccountData } from "@/lib/account";
