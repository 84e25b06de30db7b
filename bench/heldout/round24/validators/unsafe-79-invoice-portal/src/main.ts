import { showToast } from "./lib/toast";
import { mountApp } from "./app";

const params = new URLSearchParams(window.location.search);
const error = params.get("error");
if (error) {
  showToast(error, "error");
}

mountApp(document.getElementById("app")!);
