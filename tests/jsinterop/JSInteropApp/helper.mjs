// An ES module the app loads with JSHost.ImportAsync("helper", "./helper.mjs").
export function shout(s) { return s.toUpperCase() + '!'; }
export const nested = { twice: (n) => n * 2 };
