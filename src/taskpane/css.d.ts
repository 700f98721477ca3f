/** webpack imports .css files as their text (asset/source); the taskpane adopts it as a constructed stylesheet. */
declare module "*.css" {
  const text: string;
  export default text;
}
