// Turns the name of a module that runs in a thread or child process into the file that starts it: built, the
// JavaScript beside the caller; from the TypeScript sources (tests, scripts), its `<name>-entry.mjs`, which
// registers tsx's loader first.
export function threadEntry(callerUrl: string, name: string): URL {
  return callerUrl.endsWith('.ts') ? new URL(`./${name}-entry.mjs`, callerUrl) : new URL(`./${name}.js`, callerUrl);
}
