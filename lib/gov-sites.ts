// Where the reader always runs: government portals. Everything else only once the user enables it.
export const GOV_SITES = '*://*.gov.cn/*';
