/**
 * How many components deep a use site is followed: a wrapper around a wrapper around a button is common, ten levels
 * are not. The analysis expands components this deep (components.ts), and the text pre-filter reads the words of the
 * components a file renders as deep (borrowed-copy.ts): what the one shows, the other must have read.
 */
export const MAX_COMPONENT_DEPTH = 4;
