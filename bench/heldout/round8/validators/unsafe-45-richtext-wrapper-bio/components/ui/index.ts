export { RichText } from "./rich-text";
export { Button } from "./button";
