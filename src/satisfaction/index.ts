/**
 * The `omnicx/satisfaction` domain. It exports nothing yet: its issue has not landed.
 *
 * @packageDocumentation
 */
export {};
