/**
 * The shared-runtime page's script. The custom functions (functions.js) run in this same page; the taskpane
 * interface is built on top of it.
 */
Office.onReady(() => {
  // The functions are registered by functions.js; nothing else to start yet.
});
