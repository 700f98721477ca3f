// Printed by `npm start` before the dev server comes up: how to load the add-in into Excel.
const url = `https://localhost:${process.env.PORT ?? 3000}`;
console.log(`
plan-targets add-in → ${url}/taskpane.html

Sideload into Excel:
  Excel on the web   Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in → manifest.xml
                     (open ${url}/taskpane.html once in the same browser and accept the certificate)
  Windows / macOS    npx office-addin-dev-certs install      (once: trusts a localhost certificate)
                     npx office-addin-debugging start manifest.xml desktop
Outside Excel, ${url}/taskpane.html is a read-only browser of the plans.
`);
