export * from './answers';
export * from './campaigns';
export * from './results';
