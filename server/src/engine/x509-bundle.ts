/**
 * Entry of dist/x509.js: @peculiar/x509 and its dependencies bundled on their own (about 40% of
 * what the server would otherwise parse at start-up), loaded by x509.ts on first use.
 */
import 'reflect-metadata'; // its dependency injection (tsyringe) needs the Reflect metadata API first
export * from '@peculiar/x509';
