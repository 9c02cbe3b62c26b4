export * from './foldVietnamese';
export * from './pageText';
export * from './searchDocuments';
export * from './searchSnippet';
