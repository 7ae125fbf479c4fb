export * from './access';
export * from './organisation';
export * from './people';
export * from './platform';
export { relations } from './relations';
