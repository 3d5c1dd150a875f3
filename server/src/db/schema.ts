/** The schema index: every module's tables, for drizzle and drizzle-kit. */
export * from '../modules/accounts/accounts.tables.js';
export * from '../modules/audit/audit.tables.js';
export * from '../modules/centres/centres.tables.js';
export * from '../modules/facilities/facilities.tables.js';
export * from '../modules/motifs/motifs.tables.js';
export * from '../modules/projects/projects.tables.js';
export * from '../modules/reference/reference.tables.js';
export * from '../modules/registry/duplicates/duplicates.tables.js';
export * from '../modules/registry/registry.tables.js';
