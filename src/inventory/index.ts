/**
 * The `omnicx/inventory` domain. It exports nothing yet: its issue has not landed.
 *
 * @packageDocumentation
 */
export {};
