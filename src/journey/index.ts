/**
 * The `omnicx/journey` domain. It exports nothing yet: its issue has not landed.
 *
 * @packageDocumentation
 */
export {};
