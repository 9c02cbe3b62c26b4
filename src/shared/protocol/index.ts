export * from './version';
export * from './roles';
export * from './closeCodes';
export * from './errorCodes';
export * from './values';
export * from './voting';
export * from './sessionSettings';
export * from './state';
export * from './commands';
export * from './events';
export * from './clientMessages';
export * from './hubMessages';
export * from './result';
export * from './upload';
export * from './catalog';
export * from './notices';
export * from './attendance';
export * from './floor';
export * from './questions';
export * from './screen';
export * from './network';
// The minutes.
export * from './minutes';
// The record: chain and receipt checks.
export * from './record';
// Document versions.
export * from './documentVersions';
