/**
 * The `omnicx/touchpoint` domain. It exports nothing yet: its issue has not landed.
 *
 * @packageDocumentation
 */
export {};
