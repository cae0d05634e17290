/**
 * The previous answer when the new one says the same: a page reloading on every visit then keeps
 * its rows' identity, and React redraws nothing that did not change (issue 15 item 7).
 */
export const sameOr = <T>(prev: T, next: T): T => (JSON.stringify(prev) === JSON.stringify(next) ? prev : next);
