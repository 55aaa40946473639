// The store's commands, for the command line: history, export, prune, schema.
export { exportCommand } from './export.js';
export { historyCommand } from './history.js';
export { pruneCommand } from './prune.js';
export { schemaCommand } from './schema.js';
