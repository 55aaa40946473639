// After `tsc`: writes dist/dictionaries.json, every dictionary validated by the built code (src/compile-dictionaries.ts).
const { writeCompiledDictionaries } = await import('../dist/compile-dictionaries.js');
const message = writeCompiledDictionaries();
if (process.argv.includes('--verbose') || message.startsWith('dictionaries not compiled')) console.log(`wenshen: ${message}`);
