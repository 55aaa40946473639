// The store's commands, for the command line: history, export, schema.
export { exportCommand } from './export.js';
export { historyCommand } from './history.js';
export { schemaCommand } from './schema.js';
