// Every table, re-exported for drizzle-kit and for the typed database handle.
export * from './foundation';
export * from './units';
export * from './institutions';
export * from './appeals';
export * from './titles';
export * from './seals';
export * from './legacyAccounts';
export * from './delegations';
