/**
 * The `omnicx/members` domain. It exports nothing yet: its issue has not landed.
 *
 * @packageDocumentation
 */
export {};
