export * from './applyScreen';
export * from './screenCommands';
export * from './shownScreenMode';
export * from './shownVote';
